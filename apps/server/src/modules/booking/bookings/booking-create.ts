import { type SQL, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Booking, BookingBatch, Challenge } from "@backlot/contracts/booking/bookings";
import type { When } from "@backlot/contracts/booking/when";
import { fieldError } from "../../../platform/http/app-error";
import { bookings } from "../booking.schema";
import { type Bookable, type Interval, lockBookableForBooking } from "../shared/bookable";
import type { ProjectInfo } from "../shared/project-refs";
import { confirmLocked } from "./booking-confirm";
import { type BookingCtx, conflictError, logEvent } from "./booking-tx";
import { type BookingRow, presentBooking } from "./bookings.presenter";
import { findConflicts, holdsAndTimeOff } from "./bookings.repo";

export type Created = { booking: Booking; challenges: Challenge[] };

export type NewBooking = When & {
  projectId: string;
  personId?: string | null;
  resourceId?: string | null;
  roleSlotId?: string | null;
  taskId?: string | null;
  requirementId?: string | null;
  groupId?: string | null;
  status: "hold" | "confirmed";
  holdRank?: number;
  rate?: number | null;
  rateUnit?: "day" | "hour" | "flat";
  currency?: string | null;
  notes?: string | null;
  challengeDeadline?: string;
};

/** The best pencil no overlapping hold has yet; a fourth hold queues as 3rd. */
function nextFreeRank(holds: { holdRank: number | null }[]): number {
  const taken = new Set(holds.map((h) => h.holdRank));
  return [1, 2, 3].find((r) => !taken.has(r)) ?? 3;
}

/** The same choice as nextFreeRank, made in SQL by the insert that takes it. */
function bestFreeRank(organizationId: string, bookableId: string, interval: Interval): SQL<number> {
  return sql<number>`COALESCE((
    SELECT min(r) FROM (VALUES (1), (2), (3)) AS ranks(r)
    WHERE r NOT IN (
      SELECT h.hold_rank FROM bookings h
      WHERE h.organization_id = ${organizationId} AND h.bookable_id = ${bookableId}::uuid AND h.status = 'hold' AND h.hold_rank IS NOT NULL
        AND h.ends_at > ${interval.startsAt}::timestamptz AND h.starts_at < ${interval.endsAt}::timestamptz)), 3)`;
}

/** Locks and loads what the booking needs: its bookable (with whole days in its time zone) and project. */
export async function prepareBooking(ctx: BookingCtx, input: NewBooking, path = "body") {
  const { bookable, interval, project } = await lockBookableForBooking(ctx.tx, ctx.organizationId, input, input, input, path);
  if (!interval) throw fieldError(`${path}.start`, "Give start and end, or startDate and endDate");
  if (bookable.archived) throw fieldError(`${path}.${bookable.kind === "person" ? "personId" : "resourceId"}`, `${bookable.name} is archived`);
  if (project.archived) throw fieldError(`${path}.projectId`, "This project is archived");
  return { bookable, interval, project };
}

/**
 * Inserts one booking (the bookable is locked). A confirmed request goes straight in as
 * confirmed when no time off or higher pencil is in the way (the exclusion constraint checks
 * the rest); over a higher pencil it goes in as a hold and challenges it.
 */
export async function insertBooking(ctx: BookingCtx, input: NewBooking, bookable: Bookable, interval: Interval, project: ProjectInfo): Promise<Created> {
  const wantsConfirm = input.status === "confirmed";
  // Only a confirmation looks at pencils and time off first (holds may sit on time off).
  const found =
    wantsConfirm && bookable.id
      ? await holdsAndTimeOff(
          ctx.tx,
          ctx.organizationId,
          bookable.id,
          bookable.kind === "person" ? bookable.id : null,
          interval.startsAt,
          interval.endsAt,
          null,
        )
      : null;
  if (found?.timeOff && bookable.id)
    throw conflictError(await findConflicts(ctx.tx, ctx.organizationId, bookable.id, interval.startsAt, interval.endsAt, null));
  const holds = found?.holds ?? [];
  const rank = input.holdRank ?? nextFreeRank(holds);
  const direct = wantsConfirm && holds.every((h) => (h.holdRank ?? 4) >= rank);
  // A new hold of a person or room takes the best free pencil, read by the insert itself (under the lock).
  const holdRank = direct
    ? null
    : input.holdRank === undefined && !wantsConfirm && bookable.id
      ? bestFreeRank(ctx.organizationId, bookable.id, interval)
      : rank;
  const id = uuidv7();
  if (direct && bookable.id) ctx.attempt = { bookableId: bookable.id, startsAt: interval.startsAt, endsAt: interval.endsAt, bookingId: id };
  const [inserted] = await ctx.tx
    .insert(bookings)
    .values({
      organizationId: ctx.organizationId,
      id,
      projectId: input.projectId,
      personId: input.personId ?? null,
      resourceId: input.resourceId ?? null,
      roleSlotId: input.roleSlotId ?? null,
      taskId: input.taskId ?? null,
      requirementId: input.requirementId ?? null,
      groupId: input.groupId ?? null,
      ...interval,
      status: direct ? "confirmed" : "hold",
      holdRank,
      rate: input.rate === undefined ? bookable.dayRate : input.rate,
      rateUnit: input.rateUnit ?? "day",
      currency: input.currency ?? bookable.currency,
      notes: input.notes ?? null,
      createdBy: ctx.actor?.userId ?? null,
      updatedBy: ctx.actor?.userId ?? null,
    })
    .returning();
  const row: BookingRow = { ...(inserted as typeof bookings.$inferSelect), projectName: project.name, projectCode: project.code };
  const booking = presentBooking(row);
  ctx.record({ organizationId: ctx.organizationId, recordType: "booking", recordId: id, action: "create", after: booking, event: "booking.created" });
  logEvent(ctx, id, "created", { status: row.status, holdRank: row.holdRank, start: booking.start, end: booking.end, bookableId: row.bookableId });
  if (direct) logEvent(ctx, id, "confirmed", { fromRank: null });
  if (!wantsConfirm || direct) return { booking, challenges: [] };
  const deadline = input.challengeDeadline ? new Date(input.challengeDeadline) : undefined;
  const result = await confirmLocked(ctx, row, { challengeDeadline: deadline });
  return { booking: result.booking, challenges: result.challenges };
}

export async function createBooking(ctx: BookingCtx, input: NewBooking, path = "body"): Promise<Created> {
  const { bookable, interval, project } = await prepareBooking(ctx, input, path);
  return insertBooking(ctx, input, bookable, interval, project);
}

/** Several bookables for the same time, all or nothing (one transaction; every conflict named). */
export async function createComposite(ctx: BookingCtx, input: Omit<NewBooking, "personId" | "resourceId" | "roleSlotId">, items: Partial<NewBooking>[]) {
  const groupId = uuidv7();
  // Lock bookables in one global order, so two composites over the same people cannot deadlock.
  const order = items.map((item, index) => ({ item, index, key: item.personId ?? item.resourceId ?? `~${index}` })).sort((a, b) => a.key.localeCompare(b.key));
  const prepared = [];
  for (const { item, index } of order) {
    const merged: NewBooking = { ...input, ...item, groupId };
    prepared.push({ index, merged, ...(await prepareBooking(ctx, merged, `body.items.${index}`)) });
  }
  if (input.status === "confirmed") {
    const conflicts = [];
    for (const p of prepared) {
      if (p.bookable.id) conflicts.push(...(await findConflicts(ctx.tx, ctx.organizationId, p.bookable.id, p.interval.startsAt, p.interval.endsAt, null)));
    }
    if (conflicts.length > 0) throw conflictError(conflicts, "These bookings");
  }
  const results: (Created & { index: number })[] = [];
  for (const p of prepared) results.push({ index: p.index, ...(await insertBooking(ctx, p.merged, p.bookable, p.interval, p.project)) });
  results.sort((a, b) => a.index - b.index);
  return { items: results.map((r) => r.booking), challenges: results.flatMap((r) => r.challenges), skipped: [] } satisfies BookingBatch;
}
