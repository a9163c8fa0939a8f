import { and, desc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParams, orgRecordParams } from "@backlot/contracts/core/common";
import {
  bookingEventSchema,
  bookingSchema,
  bookingTransitionBody,
  challengeListQuery,
  challengeSchema,
  confirmBookingBody,
  confirmResultSchema,
} from "@backlot/contracts/booking/bookings";
import type { Deps } from "../../../platform/deps";
import { notFound } from "../../../platform/http/app-error";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { bookingChallenges } from "../booking.schema";
import { presentBookingEvent, presentChallenge } from "./bookings.presenter";
import { getBooking, listBookingEvents } from "./bookings.repo";
import { confirmBookingService, releaseBookingService } from "./bookings.service";

const tags = ["Bookings"];
const base = "/organizations/:orgId/bookings/:id";

/** Confirm, release and cancel (BOOK-4), the booking's history (BOOK-5), and open challenges. */
export function bookingActionRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.post(
      `${base}/confirm`,
      {
        schema: {
          tags,
          summary: "Confirm a hold: 409 naming the conflicting bookings or time off; over a higher pencil, a challenge opens instead",
          params: orgRecordParams,
          body: confirmBookingBody,
          response: { 200: confirmResultSchema },
        },
      },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "booking.manage");
        return confirmBookingService(deps, requireActor(request), orgId, id, request.body);
      },
    );

    for (const [path, status, summary] of [
      ["release", "released", "Release a hold or booking: challengers win, lower pencils move up"],
      ["cancel", "cancelled", "Cancel a booking (frees the time like a release)"],
    ] as const) {
      app.post(
        `${base}/${path}`,
        { schema: { tags, summary, params: orgRecordParams, body: bookingTransitionBody, response: { 200: bookingSchema } } },
        async (request) => {
          const { orgId, id } = request.params;
          await requireAccess(db, request, orgId, "booking.manage");
          return releaseBookingService(deps, requireActor(request), orgId, id, request.body, status);
        },
      );
    }

    app.get(
      `${base}/events`,
      {
        schema: {
          tags,
          summary: "The booking's history (never purged)",
          params: orgRecordParams,
          response: { 200: z.object({ items: z.array(bookingEventSchema) }) },
        },
      },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        if (!(await getBooking(db, orgId, id))) throw notFound("Booking");
        return { items: (await listBookingEvents(db, orgId, id)).map(presentBookingEvent) };
      },
    );

    app.get(
      "/organizations/:orgId/booking-challenges",
      {
        schema: {
          tags,
          summary: "Challenges (open by default), latest first",
          params: orgParams,
          querystring: challengeListQuery,
          response: { 200: z.object({ items: z.array(challengeSchema) }) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        const { status } = request.query;
        const rows = await db
          .select()
          .from(bookingChallenges)
          .where(and(eq(bookingChallenges.organizationId, orgId), status === "all" ? undefined : eq(bookingChallenges.status, status)))
          .orderBy(desc(bookingChallenges.id))
          .limit(500);
        return { items: rows.map(presentChallenge) };
      },
    );
  };
}
