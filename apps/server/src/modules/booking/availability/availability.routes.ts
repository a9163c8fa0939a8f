import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgParams } from "@backlot/contracts/core/common";
import { availabilityQuery, availabilityResultSchema } from "@backlot/contracts/booking/planning";
import type { Deps } from "../../../platform/deps";
import { requireAccess } from "../../core/access/require-access";
import { searchAvailability } from "./availability.service";

/** "Who with skills X is free from A to B", ranked by match and cost (BOOK-6). */
export function availabilityRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/availability",
      {
        schema: {
          tags: ["Availability and staffing"],
          summary: "People with the skills (minimum levels) who are free in [from, to), best match and lowest cost first",
          params: orgParams,
          querystring: availabilityQuery,
          response: { 200: availabilityResultSchema },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        const { skills, ...query } = request.query;
        return { items: await searchAvailability(db, orgId, { ...query, skills: skills ?? [] }) };
      },
    );
  };
}
