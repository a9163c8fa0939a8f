import { and, asc, eq, getTableColumns, gt, inArray, isNotNull, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { BookingConflict, bookingListQuery } from "@backlot/contracts/booking/bookings";
import type { Queryable } from "../../../platform/db/pool";
import { projects } from "../../tracking/tracking.schema";
import { bookingChallenges, bookingEvents, bookings, timeOff } from "../booking.schema";
import { bookableLock } from "../shared/bookable";
import type { BookingRow } from "./bookings.presenter";

const withProject = { ...getTableColumns(bookings), projectName: projects.name, projectCode: projects.code };

function selectBookings(db: Queryable, extra: Record<string, SQL> = {}) {
  return db
    .select({ ...withProject, ...extra })
    .from(bookings)
    .innerJoin(projects, and(eq(projects.organizationId, bookings.organizationId), eq(projects.id, bookings.projectId)));
}

export async function getBooking(db: Queryable, organizationId: string, id: string): Promise<BookingRow | null> {
  const [row] = await selectBookings(db).where(and(eq(bookings.organizationId, organizationId), eq(bookings.id, id)));
  return row ?? null;
}

/**
 * Reads a booking for a change: takes its bookable's lock first (placeholders lock themselves),
 * then the row, and returns the row as committed by whoever held the lock before us, with
 * whether its project is archived (read-only).
 */
export async function getBookingForUpdate(db: Queryable, organizationId: string, id: string): Promise<LockedBooking | null> {
  const [row] = await selectBookings(db, {
    locked: bookableLock(sql`COALESCE(${bookings.bookableId}, ${bookings.id})`),
    projectArchived: sql<boolean>`${projects.archivedAt} IS NOT NULL`,
  })
    .where(and(eq(bookings.organizationId, organizationId), eq(bookings.id, id)))
    .for("update", { of: bookings });
  if (!row) return null;
  const { locked: _locked, ...booking } = row as LockedBooking & { locked: unknown };
  return booking;
}

export type LockedBooking = BookingRow & { projectArchived: boolean };

export async function getBookingsByIds(db: Queryable, organizationId: string, ids: string[]): Promise<BookingRow[]> {
  if (ids.length === 0) return [];
  return selectBookings(db)
    .where(and(eq(bookings.organizationId, organizationId), inArray(bookings.id, ids)))
    .orderBy(asc(bookings.startsAt), asc(bookings.id));
}

type ListOptions = Omit<z.output<typeof bookingListQuery>, "cursor" | "from" | "to"> & {
  from: Date | null;
  to: Date | null;
  after: [string, string] | null;
};

function statusFilter(status: ListOptions["status"]): SQL | undefined {
  if (status === "all") return undefined;
  if (status === "live") return inArray(bookings.status, ["hold", "confirmed"]);
  return eq(bookings.status, status);
}

/** Bookings by start time, optionally in a window [from, to) and for one person, resource, project or slot. */
export async function listBookings(db: Queryable, organizationId: string, o: ListOptions): Promise<BookingRow[]> {
  const after = o.after
    ? or(gt(bookings.startsAt, new Date(o.after[0])), and(eq(bookings.startsAt, new Date(o.after[0])), gt(bookings.id, o.after[1])))
    : undefined;
  return selectBookings(db)
    .where(
      and(
        eq(bookings.organizationId, organizationId),
        o.from ? gt(bookings.endsAt, o.from) : undefined,
        o.to ? sql`${bookings.startsAt} < ${o.to}` : undefined,
        o.personId ? eq(bookings.personId, o.personId) : undefined,
        o.resourceId ? eq(bookings.resourceId, o.resourceId) : undefined,
        o.projectId ? eq(bookings.projectId, o.projectId) : undefined,
        o.roleSlotId ? eq(bookings.roleSlotId, o.roleSlotId) : undefined,
        o.placeholders === undefined ? undefined : o.placeholders ? isNull(bookings.bookableId) : isNotNull(bookings.bookableId),
        statusFilter(o.status),
        after,
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
    .limit(o.limit + 1);
}

type ConflictRow = {
  kind: "booking" | "time_off";
  id: string;
  starts_at: string;
  ends_at: string;
  status: string | null;
  project_id: string | null;
  project_name: string | null;
};

/** What stands in the way of confirming [startsAt, endsAt) for this bookable: confirmed bookings and time off. */
export async function findConflicts(
  db: Queryable,
  organizationId: string,
  bookableId: string,
  startsAt: Date,
  endsAt: Date,
  excludeId: string | null,
): Promise<BookingConflict[]> {
  const result = await db.execute<ConflictRow>(sql`
    SELECT 'booking' AS kind, b.id, b.starts_at, b.ends_at, b.status, b.project_id, p.name AS project_name
    FROM bookings b JOIN projects p ON p.organization_id = b.organization_id AND p.id = b.project_id
    WHERE b.organization_id = ${organizationId} AND b.bookable_id = ${bookableId} AND b.status = 'confirmed'
      AND b.ends_at > ${startsAt}::timestamptz AND b.starts_at < ${endsAt}::timestamptz AND b.id IS DISTINCT FROM ${excludeId}::uuid
    UNION ALL
    SELECT 'time_off', t.id, t.starts_at, t.ends_at, t.kind, NULL, NULL
    FROM time_off t
    WHERE t.organization_id = ${organizationId} AND t.person_id = ${bookableId}
      AND t.ends_at > ${startsAt}::timestamptz AND t.starts_at < ${endsAt}::timestamptz
    ORDER BY 3, 2`);
  return result.rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    start: new Date(r.starts_at).toISOString(),
    end: new Date(r.ends_at).toISOString(),
    status: r.status,
    projectId: r.project_id,
    projectName: r.project_name,
  }));
}

/** Time off of a person overlapping [startsAt, endsAt): it blocks confirmation (BOOK-4). */
export async function timeOffIn(db: Queryable, organizationId: string, personId: string, startsAt: Date, endsAt: Date) {
  return db
    .select({ id: timeOff.id })
    .from(timeOff)
    .where(and(eq(timeOff.organizationId, organizationId), eq(timeOff.personId, personId), gt(timeOff.endsAt, startsAt), lt(timeOff.startsAt, endsAt)));
}

/**
 * What a confirmation must look at, in one round trip: the bookable's holds overlapping the
 * range (best pencil first) other than `excludeId`, and for a person whether time off overlaps it.
 */
export async function holdsAndTimeOff(
  db: Queryable,
  organizationId: string,
  bookableId: string,
  personId: string | null,
  startsAt: Date,
  endsAt: Date,
  excludeId: string | null,
) {
  const result = await db.execute<{ id: string; hold_rank: number | null; kind: "hold" | "time_off" }>(sql`
    SELECT b.id, b.hold_rank, 'hold' AS kind FROM bookings b
    WHERE b.organization_id = ${organizationId} AND b.bookable_id = ${bookableId} AND b.status = 'hold'
      AND b.ends_at > ${startsAt}::timestamptz AND b.starts_at < ${endsAt}::timestamptz AND b.id IS DISTINCT FROM ${excludeId}::uuid
    UNION ALL
    (SELECT t.id, NULL, 'time_off' FROM time_off t
     WHERE t.organization_id = ${organizationId} AND t.person_id = ${personId}::uuid
       AND t.ends_at > ${startsAt}::timestamptz AND t.starts_at < ${endsAt}::timestamptz LIMIT 1)`);
  const holds = result.rows.filter((r) => r.kind === "hold").map((r) => ({ id: r.id, holdRank: r.hold_rank }));
  holds.sort((a, b) => (a.holdRank ?? 4) - (b.holdRank ?? 4) || a.id.localeCompare(b.id));
  return { holds, timeOff: result.rows.some((r) => r.kind === "time_off") };
}

export async function listChallengesOf(db: Queryable, organizationId: string, bookingId: string) {
  return db
    .select()
    .from(bookingChallenges)
    .where(
      and(
        eq(bookingChallenges.organizationId, organizationId),
        or(eq(bookingChallenges.challengerBookingId, bookingId), eq(bookingChallenges.holderBookingId, bookingId)),
      ),
    )
    .orderBy(asc(bookingChallenges.id));
}

export async function listBookingEvents(db: Queryable, organizationId: string, bookingId: string) {
  return db
    .select()
    .from(bookingEvents)
    .where(and(eq(bookingEvents.organizationId, organizationId), eq(bookingEvents.bookingId, bookingId)))
    .orderBy(asc(bookingEvents.id));
}
