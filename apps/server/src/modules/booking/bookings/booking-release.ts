import { and, eq, gt, lt } from "drizzle-orm";
import { AppError } from "../../../platform/http/app-error";
import { bookingChallenges, bookings } from "../booking.schema";
import { confirmLocked, resolveChallenges, setBookingFields } from "./booking-confirm";
import { type BookingCtx, logEvent, trySavepoint } from "./booking-tx";
import type { BookingRow } from "./bookings.presenter";
import { getBookingForUpdate } from "./bookings.repo";

export type ReleaseOptions = {
  status: "released" | "cancelled";
  reason?: string | null;
  /** Released by the challenge-expiry job rather than a person. */
  expired?: boolean;
};

/** Moves every overlapping lower pencil of the bookable up one rank (BOOK-4 "releasing promotes"). */
async function promoteNextHolds(ctx: BookingCtx, released: BookingRow) {
  if (released.status !== "hold" || !released.bookableId || released.holdRank === null) return;
  const lower = await ctx.tx
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.organizationId, ctx.organizationId),
        eq(bookings.bookableId, released.bookableId),
        eq(bookings.status, "hold"),
        gt(bookings.holdRank, released.holdRank),
        gt(bookings.endsAt, released.startsAt),
        lt(bookings.startsAt, released.endsAt),
      ),
    )
    .orderBy(bookings.id);
  for (const { id } of lower) {
    const row = await getBookingForUpdate(ctx.tx, ctx.organizationId, id);
    if (!row || row.holdRank === null) continue;
    await setBookingFields(ctx, row, { holdRank: row.holdRank - 1 });
    logEvent(ctx, id, "promoted", { fromRank: row.holdRank, toRank: row.holdRank - 1, releasedBookingId: released.id });
  }
}

/** A challenger whose every challenge was won confirms now, if nothing else stands in its way. */
async function confirmWinners(ctx: BookingCtx, challengerIds: string[]) {
  for (const id of [...new Set(challengerIds)].sort()) {
    const [stillOpen] = await ctx.tx
      .select({ id: bookingChallenges.id })
      .from(bookingChallenges)
      .where(and(eq(bookingChallenges.organizationId, ctx.organizationId), eq(bookingChallenges.challengerBookingId, id), eq(bookingChallenges.status, "open")))
      .limit(1);
    if (stillOpen) continue;
    const row = await getBookingForUpdate(ctx.tx, ctx.organizationId, id);
    if (row?.status !== "hold") continue;
    // Time off or a confirmed booking in the way leaves it a hold; the release still stands.
    const attempt = await trySavepoint(ctx, (child) => confirmLocked(child, row));
    if (!attempt.ok) logEvent(ctx, id, "challenge_resolved", { outcome: "could_not_confirm" });
  }
}

/**
 * Releases or cancels a booking: challenges it made are withdrawn; challenges against it are won
 * by their challengers (who confirm if they can); lower pencils move up. Caller holds the locks.
 */
export async function releaseLocked(ctx: BookingCtx, row: BookingRow, options: ReleaseOptions): Promise<BookingRow> {
  if (row.status === "released" || row.status === "cancelled") throw new AppError("conflict", 409, `This booking is already ${row.status}`);
  const after = await setBookingFields(ctx, row, { status: options.status, holdRank: null });
  logEvent(ctx, row.id, options.status, {
    fromStatus: row.status,
    fromRank: row.holdRank,
    reason: options.reason ?? null,
    automatic: options.expired ?? false,
  });
  const lost = await resolveChallenges(ctx, row.id, { asHolder: options.expired ? "expired" : "holder_released", asChallenger: "withdrawn" });
  await confirmWinners(
    ctx,
    lost.filter((c) => c.holderBookingId === row.id).map((c) => c.challengerBookingId),
  );
  await promoteNextHolds(ctx, row);
  return after;
}
