import { and, eq, getTableColumns, inArray, or, type SQL, sql } from "drizzle-orm";
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

/** Writes a change of a booking (version bumped) and records it for audit and live events. */
export async function setBookingFields(ctx: BookingCtx, before: BookingRow, fields: Partial<typeof bookings.$inferInsert>): Promise<BookingRow> {
  const [row] = await updateBooking(ctx, before, fields).returning();
  if (!row) throw new Error("booking vanished under its lock");
  return recordUpdate(ctx, before, row);
}

/**
 * Confirms the row, when `onlyIf` holds (null when it does not), and tells whether it is in
 * an open challenge to close: the confirmations read that in the same statement.
 */
async function confirmRow(ctx: BookingCtx, before: BookingRow, onlyIf?: SQL): Promise<UpdatedRow | null> {
  const [row] = await updateBooking(ctx, before, { status: "confirmed", holdRank: null }, onlyIf).returning({
    ...getTableColumns(bookings),
    openChallenges: hasOpenChallenges(ctx.organizationId, before.id),
  });
  if (!row) return null;
  const { openChallenges, ...fields } = row;
  return { ...recordUpdate(ctx, before, fields), openChallenges };
}

function updateBooking(ctx: BookingCtx, before: BookingRow, fields: Partial<typeof bookings.$inferInsert>, onlyIf?: SQL) {
  return ctx.tx
    .update(bookings)
    .set({ ...fields, version: sql`${bookings.version} + 1`, updatedAt: new Date(), updatedBy: ctx.actor?.userId ?? null })
    .where(and(eq(bookings.organizationId, ctx.organizationId), eq(bookings.id, before.id), onlyIf));
}

function recordUpdate(ctx: BookingCtx, before: BookingRow, row: typeof bookings.$inferSelect): BookingRow {
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

/** The row after the change, and whether it is in an open challenge (as holder or challenger). */
type UpdatedRow = BookingRow & { openChallenges: boolean };

const hasOpenChallenges = (organizationId: string, bookingId: string) => sql<boolean>`EXISTS (
  SELECT 1 FROM booking_challenges c WHERE c.organization_id = ${organizationId} AND c.status = 'open'
    AND (c.holder_booking_id = ${bookingId}::uuid OR c.challenger_booking_id = ${bookingId}::uuid))`;

/**
 * Nothing stands between this hold and confirmation but the exclusion constraint: no better
 * pencil overlaps it and (for a person) no time off does. Read under the bookable's lock.
 */
function nothingInTheWay(row: BookingRow): SQL {
  const overlaps = (alias: string) =>
    sql`${sql.raw(alias)}.ends_at > ${row.startsAt}::timestamptz AND ${sql.raw(alias)}.starts_at < ${row.endsAt}::timestamptz`;
  return sql`NOT EXISTS (
      SELECT 1 FROM bookings h WHERE h.organization_id = ${row.organizationId} AND h.bookable_id = ${row.bookableId}::uuid AND h.status = 'hold'
        AND ${overlaps("h")} AND h.id <> ${row.id} AND COALESCE(h.hold_rank, 4) < ${row.holdRank ?? 4})
    AND NOT EXISTS (
      SELECT 1 FROM time_off t WHERE t.organization_id = ${row.organizationId} AND t.person_id = ${row.personId}::uuid AND ${overlaps("t")})`;
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
  if (row.bookableId) {
    ctx.attempt = { bookableId: row.bookableId, startsAt: row.startsAt, endsAt: row.endsAt, bookingId: row.id };
    // The usual case in one statement: nothing in the way, so it is confirmed right away.
    const direct = await confirmRow(ctx, row, nothingInTheWay(row));
    if (direct) return confirmed(ctx, row, direct);
    ctx.attempt = null;
    // Something is in the way: time off refuses the confirmation; better pencils are challenged.
    const { holds, timeOff } = await holdsAndTimeOff(ctx.tx, ctx.organizationId, row.bookableId, row.personId, row.startsAt, row.endsAt, row.id);
    if (timeOff) throw conflictError(await findConflicts(ctx.tx, ctx.organizationId, row.bookableId, row.startsAt, row.endsAt, row.id));
    const higher = holds.filter((h) => (h.holdRank ?? 4) < (row.holdRank ?? 4)).map((h) => h.id);
    // Both reads run under the bookable's lock, so they cannot disagree.
    if (higher.length === 0) throw new Error("confirmation refused with nothing in the way");
    const deadline = options.challengeDeadline ?? new Date(Date.now() + defaultChallengeHours * 3_600_000);
    if (deadline.getTime() <= Date.now()) throw fieldError("body.challengeDeadline", "The deadline must be in the future");
    if (deadline.getTime() > Date.now() + maxChallengeDays * 86_400_000) throw fieldError("body.challengeDeadline", `At most ${maxChallengeDays} days ahead`);
    return { outcome: "challenged", booking: presentBooking(row), challenges: await openChallenges(ctx, row, higher, deadline), row };
  }
  // A placeholder occupies nobody: nothing can be in its way.
  const placeholder = await confirmRow(ctx, row);
  if (!placeholder) throw new Error("booking vanished under its lock");
  return confirmed(ctx, row, placeholder);
}

async function confirmed(ctx: BookingCtx, before: BookingRow, after: UpdatedRow): Promise<ConfirmResult & { row: BookingRow }> {
  logEvent(ctx, before.id, "confirmed", { fromRank: before.holdRank });
  // The holder won: whoever challenged this booking stays a hold.
  if (after.openChallenges) await resolveChallenges(ctx, before.id, { asHolder: "holder_confirmed", asChallenger: "withdrawn" });
  return { outcome: "confirmed", booking: presentBooking(after), challenges: [], row: after };
}
