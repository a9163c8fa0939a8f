import { and, eq, inArray, or, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Challenge, ConfirmResult } from "@backlot/contracts/booking/bookings";
import { AppError, fieldError } from "../../../platform/http/app-error";
import { bookingChallenges, bookings } from "../booking.schema";
import { type BookingCtx, conflictError, logEvent } from "./booking-tx";
import { type BookingRow, presentBooking, presentChallenge } from "./bookings.presenter";
import { findConflicts, holdsAndTimeOff } from "./bookings.repo";

export const challengeExpiryJob = "booking.challenge-expire";
const defaultChallengeHours = 24;
const maxChallengeDays = 30;

/** Writes a status change of a booking (version bumped) and records it for audit and live events. */
export async function setBookingFields(ctx: BookingCtx, before: BookingRow, fields: Partial<typeof bookings.$inferInsert>): Promise<BookingRow> {
  const [row] = await ctx.tx
    .update(bookings)
    .set({ ...fields, version: sql`${bookings.version} + 1`, updatedAt: new Date(), updatedBy: ctx.actor?.userId ?? null })
    .where(and(eq(bookings.organizationId, ctx.organizationId), eq(bookings.id, before.id)))
    .returning();
  if (!row) throw new Error("booking vanished under its lock");
  const after = { ...row, projectName: before.projectName, projectCode: before.projectCode };
  ctx.record({
    organizationId: ctx.organizationId,
    recordType: "booking",
    recordId: before.id,
    action: "update",
    before: presentBooking(before),
    after: presentBooking(after),
    event: "booking.updated",
  });
  return after;
}

function recordChallenge(ctx: BookingCtx, challenge: Challenge, action: "create" | "update") {
  ctx.record({
    organizationId: ctx.organizationId,
    recordType: "booking_challenge",
    recordId: challenge.id,
    action,
    after: challenge,
    event: "booking_challenge.changed",
  });
}

type Outcome = Challenge["status"] | null;

/**
 * Closes the booking's open challenges, as holder and/or as challenger, in one statement, and
 * tells both sides of each. Returns the closed rows.
 */
export async function resolveChallenges(ctx: BookingCtx, bookingId: string, outcome: { asHolder: Outcome; asChallenger: Outcome }) {
  const { asHolder, asChallenger } = outcome;
  if (!asHolder && !asChallenger) return [];
  const which = [
    asHolder ? eq(bookingChallenges.holderBookingId, bookingId) : undefined,
    asChallenger ? eq(bookingChallenges.challengerBookingId, bookingId) : undefined,
  ].filter((c) => c !== undefined);
  const rows = await ctx.tx
    .update(bookingChallenges)
    .set({
      status: sql`CASE WHEN ${bookingChallenges.holderBookingId} = ${bookingId} THEN ${asHolder ?? "open"} ELSE ${asChallenger ?? "open"} END`,
      resolvedAt: new Date(),
    })
    .where(and(eq(bookingChallenges.organizationId, ctx.organizationId), eq(bookingChallenges.status, "open"), or(...which)))
    .returning();
  for (const row of rows) {
    const challenge = presentChallenge(row);
    recordChallenge(ctx, challenge, "update");
    const data = { challengeId: row.id, outcome: row.status };
    logEvent(ctx, row.challengerBookingId, "challenge_resolved", data);
    logEvent(ctx, row.holderBookingId, "challenge_resolved", data);
  }
  return rows;
}

/** A lower pencil asks to confirm: each higher overlapping hold gets a challenge with a deadline. */
async function openChallenges(ctx: BookingCtx, row: BookingRow, holderIds: string[], deadline: Date): Promise<Challenge[]> {
  const created = await ctx.tx
    .insert(bookingChallenges)
    .values(
      holderIds.map((holderBookingId) => ({
        organizationId: ctx.organizationId,
        id: uuidv7(),
        challengerBookingId: row.id,
        holderBookingId,
        deadline,
        createdBy: ctx.actor?.userId ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning();
  for (const c of created) {
    const challenge = presentChallenge(c);
    recordChallenge(ctx, challenge, "create");
    logEvent(ctx, row.id, "challenged", { challengeId: c.id, holderBookingId: c.holderBookingId, deadline: challenge.deadline, role: "challenger" });
    logEvent(ctx, c.holderBookingId, "challenged", { challengeId: c.id, challengerBookingId: row.id, deadline: challenge.deadline, role: "holder" });
    ctx.jobs.push({
      name: challengeExpiryJob,
      data: { organizationId: ctx.organizationId, challengeId: c.id },
      options: { startAfter: c.deadline, singletonKey: c.id },
    });
  }
  const open = await ctx.tx
    .select()
    .from(bookingChallenges)
    .where(
      and(
        eq(bookingChallenges.organizationId, ctx.organizationId),
        eq(bookingChallenges.challengerBookingId, row.id),
        eq(bookingChallenges.status, "open"),
        inArray(bookingChallenges.holderBookingId, holderIds),
      ),
    );
  return open.map(presentChallenge);
}

export type ConfirmOptions = { challengeDeadline?: Date };

/**
 * Confirms a hold (BOOK-4): time off refuses it; higher-ranked overlapping holds get challenged
 * instead; otherwise the row becomes confirmed and the exclusion constraint has the last word.
 * The caller holds the bookable's lock and the row.
 */
export async function confirmLocked(ctx: BookingCtx, row: BookingRow, options: ConfirmOptions = {}): Promise<ConfirmResult & { row: BookingRow }> {
  if (row.status === "confirmed") return { outcome: "confirmed", booking: presentBooking(row), challenges: [], row };
  if (row.status !== "hold") throw new AppError("conflict", 409, `This booking is ${row.status}; book again instead of confirming it`);
  let hasOpenChallenges = true;
  if (row.bookableId) {
    const { holds, timeOff, ...found } = await holdsAndTimeOff(ctx.tx, ctx.organizationId, row.bookableId, row.personId, row.startsAt, row.endsAt, row.id);
    if (timeOff) throw conflictError(await findConflicts(ctx.tx, ctx.organizationId, row.bookableId, row.startsAt, row.endsAt, row.id));
    hasOpenChallenges = found.openChallenges;
    const higher = holds.filter((h) => (h.holdRank ?? 4) < (row.holdRank ?? 4)).map((h) => h.id);
    if (higher.length > 0) {
      const deadline = options.challengeDeadline ?? new Date(Date.now() + defaultChallengeHours * 3_600_000);
      if (deadline.getTime() <= Date.now()) throw fieldError("body.challengeDeadline", "The deadline must be in the future");
      if (deadline.getTime() > Date.now() + maxChallengeDays * 86_400_000) throw fieldError("body.challengeDeadline", `At most ${maxChallengeDays} days ahead`);
      return { outcome: "challenged", booking: presentBooking(row), challenges: await openChallenges(ctx, row, higher, deadline), row };
    }
    ctx.attempt = { bookableId: row.bookableId, startsAt: row.startsAt, endsAt: row.endsAt, bookingId: row.id };
  }
  const after = await setBookingFields(ctx, row, { status: "confirmed", holdRank: null });
  logEvent(ctx, row.id, "confirmed", { fromRank: row.holdRank });
  // The holder won: whoever challenged this booking stays a hold.
  if (hasOpenChallenges) await resolveChallenges(ctx, row.id, { asHolder: "holder_confirmed", asChallenger: "withdrawn" });
  return { outcome: "confirmed", booking: presentBooking(after), challenges: [], row: after };
}
