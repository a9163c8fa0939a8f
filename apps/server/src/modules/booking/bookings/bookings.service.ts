import type { z } from "zod";
import type {
  BookingBatch,
  compositeBookingBody,
  ConfirmResult,
  confirmBookingBody,
  createBookingBody,
  recurringBookingBody,
  updateBookingBody,
} from "@backlot/contracts/booking/bookings";
import { notFound, versionConflict } from "../../../platform/http/app-error";
import { projectArchived } from "../../tracking/projects/archived-guard";
import type { Actor } from "../../../platform/http/actor";
import { confirmLocked } from "./booking-confirm";
import { createBooking, createComposite } from "./booking-create";
import { createRecurring } from "./booking-recurring";
import { releaseLocked } from "./booking-release";
import { type BookingActor, type BookingCtx, type BookingDeps, bookingTransaction } from "./booking-tx";
import { updateBooking } from "./booking-update";
import { presentBooking, presentChallenge } from "./bookings.presenter";
import { getBooking, getBookingForUpdate, listChallengesOf } from "./bookings.repo";

const who = (actor: Actor): BookingActor => ({ userId: actor.userId, name: actor.name });

export async function getBookingDetail(deps: BookingDeps, organizationId: string, id: string) {
  const row = await getBooking(deps.db, organizationId, id);
  if (!row) throw notFound("Booking");
  const challenges = await listChallengesOf(deps.db, organizationId, id);
  return { ...presentBooking(row), challenges: challenges.map(presentChallenge) };
}

export function createBookingService(deps: BookingDeps, actor: Actor, organizationId: string, body: z.output<typeof createBookingBody>) {
  return bookingTransaction(deps, who(actor), organizationId, async (ctx) => {
    const { booking, challenges } = await createBooking(ctx, body);
    return { ...booking, challenges };
  });
}

export function createCompositeService(
  deps: BookingDeps,
  actor: Actor,
  organizationId: string,
  body: z.output<typeof compositeBookingBody>,
): Promise<BookingBatch> {
  const { items, ...shared } = body;
  return bookingTransaction(deps, who(actor), organizationId, (ctx) => createComposite(ctx, shared, items));
}

export function createRecurringService(
  deps: BookingDeps,
  actor: Actor,
  organizationId: string,
  body: z.output<typeof recurringBookingBody>,
): Promise<BookingBatch> {
  const { recurrence, skipConflicts, ...input } = body;
  return bookingTransaction(deps, who(actor), organizationId, (ctx) => createRecurring(ctx, input, recurrence, skipConflicts));
}

export function updateBookingService(deps: BookingDeps, actor: Actor, organizationId: string, id: string, body: z.output<typeof updateBookingBody>) {
  return bookingTransaction(deps, who(actor), organizationId, (ctx) => updateBooking(ctx, id, body));
}

async function lockedAt(ctx: BookingCtx, id: string, version: number) {
  const row = await getBookingForUpdate(ctx.tx, ctx.organizationId, id);
  if (!row) throw notFound("Booking");
  if (row.version !== version) throw versionConflict(presentBooking(row));
  return row;
}

export function confirmBookingService(
  deps: BookingDeps,
  actor: Actor,
  organizationId: string,
  id: string,
  body: z.output<typeof confirmBookingBody>,
): Promise<ConfirmResult> {
  return bookingTransaction(deps, who(actor), organizationId, async (ctx) => {
    const row = await lockedAt(ctx, id, body.version);
    if (row.projectArchived) throw projectArchived(row.projectName);
    const { row: _row, ...result } = await confirmLocked(ctx, row, {
      challengeDeadline: body.challengeDeadline ? new Date(body.challengeDeadline) : undefined,
    });
    return result;
  });
}

export function releaseBookingService(
  deps: BookingDeps,
  actor: Actor,
  organizationId: string,
  id: string,
  body: { version: number; reason?: string | null },
  status: "released" | "cancelled",
) {
  return bookingTransaction(deps, who(actor), organizationId, async (ctx) => {
    // Allowed on an archived project: releasing or cancelling only frees the people and rooms.
    const row = await lockedAt(ctx, id, body.version);
    return presentBooking(await releaseLocked(ctx, row, { status, reason: body.reason }));
  });
}
