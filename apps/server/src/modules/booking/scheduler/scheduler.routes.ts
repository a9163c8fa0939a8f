import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgParams } from "@backlot/contracts/core/common";
import { type SchedulerWindow, schedulerQuery, schedulerWindowSchema } from "@backlot/contracts/booking/scheduler";
import type { Deps } from "../../../platform/deps";
import { requireAccess } from "../../core/access/require-access";
import { getSchedulerWindow } from "./scheduler.service";

/** The scheduler's data: rows of people or rooms × a date range (BOOK-7). */
export function schedulerRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/scheduler",
      {
        schema: {
          tags: ["Scheduler"],
          summary: "One scheduler window: rows (people or resources), their bookings, time off, placeholders and holidays",
          params: orgParams,
          querystring: schedulerQuery,
          response: { 200: schedulerWindowSchema },
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        // Already JSON (built by PostgreSQL): sent as it is, without the response serializer,
        // whose validation alone costs more than the 100 ms budget of a 500 × 90-day window.
        // scheduler.test.ts checks the text against schedulerWindowSchema instead.
        const json = await getSchedulerWindow(db, orgId, request.query);
        return reply.type("application/json; charset=utf-8").send(json as unknown as SchedulerWindow);
      },
    );
  };
}
