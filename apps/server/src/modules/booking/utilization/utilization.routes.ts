import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgParams } from "@backlot/contracts/core/common";
import { bookingCostQuery, bookingCostResultSchema, utilizationQuery, utilizationResultSchema } from "@backlot/contracts/booking/utilization";
import type { Deps } from "../../../platform/deps";
import { requireAccess } from "../../core/access/require-access";
import { getBookingCosts, getUtilization } from "./utilization.service";

const tags = ["Utilization"];

/** Booked vs capacity per person, department and week; booking costs per project (BOOK-9). */
export function utilizationRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/utilization",
      {
        schema: {
          tags,
          summary: "Capacity, confirmed and held hours per person or department and week, with over-allocation flags",
          params: orgParams,
          querystring: utilizationQuery,
          response: { 200: utilizationResultSchema },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        return getUtilization(db, orgId, request.query);
      },
    );

    app.get(
      "/organizations/:orgId/booking-costs",
      {
        schema: {
          tags,
          summary: "Cost of confirmed and held bookings per project and currency",
          params: orgParams,
          querystring: bookingCostQuery,
          response: { 200: bookingCostResultSchema },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        return getBookingCosts(db, orgId, request.query);
      },
    );
  };
}
