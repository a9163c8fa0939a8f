import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgParams, orgRecordParams, pageOf } from "@backlot/contracts/core/common";
import {
  bookingBatchSchema,
  bookingDetailSchema,
  bookingListQuery,
  bookingSchema,
  compositeBookingBody,
  createBookingBody,
  recurringBookingBody,
  updateBookingBody,
} from "@backlot/contracts/booking/bookings";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../../core/access/require-access";
import { resolveWindow } from "../shared/window";
import { presentBooking } from "./bookings.presenter";
import { listBookings } from "./bookings.repo";
import { createBookingService, createCompositeService, createRecurringService, getBookingDetail, updateBookingService } from "./bookings.service";

const tags = ["Bookings"];
const base = "/organizations/:orgId/bookings";

/** Bookings of people, rooms and equipment (BOOK-3): list, create (single, composite, recurring), edit. */
export function bookingRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "Bookings by start time (window, person, resource, project, status)",
          params: orgParams,
          querystring: bookingListQuery,
          response: { 200: pageOf(bookingSchema) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        const { cursor, from, to, ...query } = request.query;
        const window = await resolveWindow(db, orgId, from, to);
        const rows = await listBookings(db, orgId, { ...query, from: window.from, to: window.to, after: decodeCursor(cursor, 2) as [string, string] | null });
        const page = toPage(rows, query.limit, (r) => [r.startsAt.toISOString(), r.id]);
        return { items: page.items.map(presentBooking), nextCursor: page.nextCursor };
      },
    );

    app.post(
      base,
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Book a person, room, equipment or role slot (placeholder); status confirmed over a higher pencil opens a challenge",
          params: orgParams,
          body: createBookingBody,
          response: { 201: bookingDetailSchema },
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.manage");
        return reply.status(201).send(await createBookingService(deps, requireActor(request), orgId, request.body));
      },
    );

    app.post(
      `${base}/composite`,
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Book several people and resources for the same time, all or nothing",
          params: orgParams,
          body: compositeBookingBody,
          response: { 201: bookingBatchSchema },
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.manage");
        return reply.status(201).send(await createCompositeService(deps, requireActor(request), orgId, request.body));
      },
    );

    app.post(
      `${base}/recurring`,
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Book a recurring series (daily or weekly), optionally skipping conflicts",
          params: orgParams,
          body: recurringBookingBody,
          response: { 201: bookingBatchSchema },
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.manage");
        return reply.status(201).send(await createRecurringService(deps, requireActor(request), orgId, request.body));
      },
    );

    app.get(
      `${base}/:id`,
      { schema: { tags, summary: "A booking with its challenges", params: orgRecordParams, response: { 200: bookingDetailSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        return getBookingDetail(deps, orgId, id);
      },
    );

    app.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: "Move, resize, reassign (fill a placeholder) or edit a booking",
          params: orgRecordParams,
          body: updateBookingBody,
          response: { 200: bookingSchema },
        },
      },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "booking.manage");
        return updateBookingService(deps, requireActor(request), orgId, id, request.body);
      },
    );
  };
}
