import { sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { BookingBatch, BookingConflict, recurrenceSchema } from "@backlot/contracts/booking/bookings";
import { fieldError } from "../../../platform/http/app-error";
import type { Interval } from "../shared/bookable";
import { insertBooking, type NewBooking, prepareBooking } from "./booking-create";
import { type BookingCtx, conflictError, isExclusionViolation, trySavepoint } from "./booking-tx";
import { findConflicts } from "./bookings.repo";
import { sqlArray } from "../../../platform/db/sql-array";

type Recurrence = z.output<typeof recurrenceSchema>;
const maxOccurrences = 366;
const maxSeriesDays = 731;
const dayMs = 86_400_000;

/** The local calendar date and ISO weekday of an instant in a time zone. */
function localDate(instant: Date, timeZone: string): { date: string; weekday: number } {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  return { date, weekday };
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** Day offsets of every occurrence from the first, by the rule (first occurrence = offset 0). */
export function occurrenceOffsets(rule: Recurrence, firstDate: string, firstWeekday: number): number[] {
  const offsets: number[] = [];
  const fits = (offset: number) => offset <= maxSeriesDays && (!rule.until || addDays(firstDate, offset) <= rule.until);
  const full = () => offsets.length >= (rule.count ?? maxOccurrences);
  if (rule.frequency === "daily") {
    for (let offset = 0; fits(offset) && !full(); offset += rule.interval) offsets.push(offset);
    return offsets;
  }
  const weekdays = [...new Set(rule.weekdays ?? [firstWeekday])].sort();
  for (let week = 0; week * 7 <= maxSeriesDays && !full(); week += rule.interval) {
    for (const weekday of weekdays) {
      const offset = week * 7 + weekday - firstWeekday;
      if (offset < 0) continue;
      if (!fits(offset)) return offsets;
      if (full()) break;
      offsets.push(offset);
    }
  }
  return offsets;
}

/** Shifts the first occurrence by whole local days, so 10:00 stays 10:00 across a DST change. */
async function occurrenceIntervals(ctx: BookingCtx, first: Interval, offsets: number[], timeZone: string): Promise<Interval[]> {
  const result = await ctx.tx.execute<{ o: number; s: string; e: string }>(sql`
    SELECT o,
      ((${first.startsAt}::timestamptz AT TIME ZONE ${timeZone}) + make_interval(days => o)) AT TIME ZONE ${timeZone} AS s,
      ((${first.endsAt}::timestamptz AT TIME ZONE ${timeZone}) + make_interval(days => o)) AT TIME ZONE ${timeZone} AS e
    FROM unnest(${sqlArray(offsets)}::int[]) AS o ORDER BY o`);
  return result.rows.map((r) => ({
    startsAt: new Date(r.s),
    endsAt: new Date(r.e),
    allDay: first.allDay,
    startDate: first.startDate ? addDays(first.startDate, r.o) : null,
    endDate: first.endDate ? addDays(first.endDate, r.o) : null,
  }));
}

/**
 * A recurring series (BOOK-3). Without skipConflicts it is all or nothing: a confirmed series
 * with any occurrence in conflict is refused, naming every conflict. With skipConflicts the
 * occurrences in conflict (confirmed bookings or time off in the way) are left out and listed.
 */
export async function createRecurring(ctx: BookingCtx, input: NewBooking, rule: Recurrence, skipConflicts: boolean): Promise<BookingBatch> {
  const { bookable, interval, project } = await prepareBooking(ctx, input);
  const first = localDate(interval.startsAt, bookable.timeZone);
  const offsets = occurrenceOffsets(rule, interval.allDay && interval.startDate ? interval.startDate : first.date, first.weekday);
  if (offsets.length === 0) throw fieldError("body.recurrence.until", "The rule gives no occurrence");
  const occurrences = await occurrenceIntervals(ctx, interval, offsets, bookable.timeZone);
  const groupId = uuidv7();
  const blocked = new Map<number, BookingConflict[]>();
  if (bookable.id && (skipConflicts || input.status === "confirmed")) {
    for (const [i, o] of occurrences.entries()) {
      const conflicts = await findConflicts(ctx.tx, ctx.organizationId, bookable.id, o.startsAt, o.endsAt, null);
      if (conflicts.length > 0) blocked.set(i, conflicts);
    }
    if (!skipConflicts && blocked.size > 0) throw conflictError([...blocked.values()].flat(), "This series");
  }
  const batch: BookingBatch = { items: [], challenges: [], skipped: [] };
  for (const [i, o] of occurrences.entries()) {
    const skip = (conflicts: BookingConflict[]) => batch.skipped.push({ start: o.startsAt.toISOString(), end: o.endsAt.toISOString(), conflicts });
    if (blocked.has(i)) {
      skip(blocked.get(i) ?? []);
      continue;
    }
    const made = await trySavepoint(ctx, (child) => insertBooking(child, { ...input, groupId }, bookable, o, project));
    if (made.ok) {
      batch.items.push(made.value.booking);
      batch.challenges.push(...made.value.challenges);
    } else if (skipConflicts && isExclusionViolation(made.error) && bookable.id) {
      skip(await findConflicts(ctx.tx, ctx.organizationId, bookable.id, o.startsAt, o.endsAt, null));
    } else {
      throw made.error;
    }
  }
  return batch;
}
