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
        // Sent as JSON text, past the response serializer: its Zod validation of a 500 × 90-day
        // window (thousands of bookings) alone took 50–65 ms. scheduler.test.ts checks every
        // answer against schedulerWindowSchema instead.
        const window = await getSchedulerWindow(db, orgId, request.query);
        return reply.type("application/json; charset=utf-8").send(JSON.stringify(window) as unknown as SchedulerWindow);
      },
    );
  };
}
