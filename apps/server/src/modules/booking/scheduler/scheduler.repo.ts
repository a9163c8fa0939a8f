import { type SQL, sql } from "drizzle-orm";
import type { SchedulerBooking, SchedulerWindow } from "@backlot/contracts/booking/scheduler";
import { containsPattern } from "../../../platform/db/keyset";
import type { Queryable } from "../../../platform/db/pool";
import { sqlArray } from "../../../platform/db/sql-array";

export type RowFilter = {
  rows: "people" | "resources";
  department?: string;
  skills?: { name: string; minLevel: number }[];
  resourceKind?: "room" | "equipment";
  studio?: string;
  q?: string;
  offset: number;
  limit: number;
};

type Row = SchedulerWindow["rows"][number];

function skillClauses(organizationId: string, skills: { name: string; minLevel: number }[]) {
  return skills.map(
    (s) => sql`AND EXISTS (SELECT 1 FROM person_skills ps JOIN skills k ON k.organization_id = ps.organization_id AND k.id = ps.skill_id
      WHERE ps.organization_id = ${organizationId} AND ps.person_id = p.id AND lower(k.name) = ${s.name.toLowerCase()} AND ps.level >= ${s.minLevel})`,
  );
}

function rowsSql(organizationId: string, f: RowFilter): SQL {
  const pattern = f.q ? containsPattern(f.q) : null;
  if (f.rows === "people") {
    return sql`
      SELECT p.id, 'person' AS kind, p.display_name AS name, p.department AS "group", p.title,
             COALESCE(pp.time_zone, o.time_zone) AS "timeZone", COALESCE(pp.work_days, '{1,2,3,4,5}') AS "workDays",
             COALESCE(pp.hours_per_day, 8)::float8 AS "hoursPerDay",
             COALESCE((SELECT json_agg(json_build_object('name', k.name, 'level', ps.level) ORDER BY ps.level DESC, lower(k.name))
                       FROM person_skills ps JOIN skills k ON k.organization_id = ps.organization_id AND k.id = ps.skill_id
                       WHERE ps.organization_id = p.organization_id AND ps.person_id = p.id), '[]'::json) AS skills
      FROM people p JOIN organizations o ON o.id = p.organization_id
      LEFT JOIN person_profiles pp ON pp.organization_id = p.organization_id AND pp.person_id = p.id
      WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL AND p.active
        ${f.department ? sql`AND p.department = ${f.department}` : sql``}
        ${pattern ? sql`AND (p.display_name ILIKE ${pattern} OR p.title ILIKE ${pattern})` : sql``}
        ${sql.join(skillClauses(organizationId, f.skills ?? []), sql` `)}
      ORDER BY p.department NULLS LAST, lower(p.display_name), p.id LIMIT ${f.limit + 1} OFFSET ${f.offset}`;
  }
  return sql`
    SELECT r.id, r.kind, r.name, r.studio_name AS "group", NULL AS title, COALESCE(r.time_zone, o.time_zone) AS "timeZone",
           '{1,2,3,4,5,6,7}'::smallint[] AS "workDays", 8::float8 AS "hoursPerDay",
           '[]'::json AS skills
    FROM resources r JOIN organizations o ON o.id = r.organization_id
    WHERE r.organization_id = ${organizationId} AND r.archived_at IS NULL
      ${f.resourceKind ? sql`AND r.kind = ${f.resourceKind}` : sql``}
      ${f.studio ? sql`AND r.studio_name = ${f.studio}` : sql``}
      ${pattern ? sql`AND (r.name ILIKE ${pattern} OR r.studio_name ILIKE ${pattern})` : sql``}
    ORDER BY r.kind, lower(r.studio_name) NULLS FIRST, lower(r.name), r.id LIMIT ${f.limit + 1} OFFSET ${f.offset}`;
}

/** The page of rows in display order: people by department and name, resources by kind, studio and name (limit + 1). */
export async function schedulerRows(db: Queryable, organizationId: string, f: RowFilter): Promise<Row[]> {
  return (await db.execute<Row>(rowsSql(organizationId, f))).rows;
}

/** Instants as epoch milliseconds: cheaper for PostgreSQL to write and Node to read than text. */
type BookingRecord = Omit<SchedulerBooking, "start" | "end"> & { start: number; end: number };

const bookingColumns = sql`b.id, b.bookable_id AS "bookableId", b.project_id AS "projectId", b.role_slot_id AS "roleSlotId",
  extract(epoch FROM b.starts_at)::float8 * 1000 AS start, extract(epoch FROM b.ends_at)::float8 * 1000 AS "end",
  b.all_day AS "allDay", to_char(b.start_date, 'YYYY-MM-DD') AS "startDate", to_char(b.end_date, 'YYYY-MM-DD') AS "endDate",
  b.status, b.hold_rank AS "holdRank", b.rate::float8 AS rate, b.rate_unit AS "rateUnit", b.notes, b.version`;

const toBooking = (r: BookingRecord): SchedulerBooking => ({ ...r, start: new Date(r.start).toISOString(), end: new Date(r.end).toISOString() });

/**
 * Live bookings of the rows in [from, to): one btree scan over (organization, bookable =
 * ANY(rows), ends_at > from) with starts_at < to checked in the index, so the history before
 * the window is never read.
 */
export async function windowBookings(db: Queryable, organizationId: string, ids: string[], from: Date, to: Date, projectId?: string) {
  if (ids.length === 0) return [];
  const result = await db.execute<BookingRecord>(sql`
    SELECT ${bookingColumns} FROM bookings b
    WHERE b.organization_id = ${organizationId} AND b.bookable_id = ANY(${sqlArray(ids)}::uuid[])
      AND b.ends_at > ${from}::timestamptz AND b.starts_at < ${to}::timestamptz AND b.status IN ('hold', 'confirmed')
      ${projectId ? sql`AND b.project_id = ${projectId}` : sql``}
    ORDER BY b.starts_at, b.id`);
  return result.rows.map(toBooking);
}

/** Role-slot bookings with no person yet in the window (placeholders, BOOK-11). */
export async function windowPlaceholders(db: Queryable, organizationId: string, from: Date, to: Date, projectId?: string) {
  const result = await db.execute<BookingRecord>(sql`
    SELECT ${bookingColumns} FROM bookings b
    WHERE b.organization_id = ${organizationId} AND b.bookable_id IS NULL AND b.status IN ('hold', 'confirmed')
      AND b.during && tstzrange(${from}::timestamptz, ${to}::timestamptz)
      ${projectId ? sql`AND b.project_id = ${projectId}` : sql``}
    ORDER BY b.starts_at, b.id LIMIT 2000`);
  return result.rows.map(toBooking);
}

export async function windowTimeOff(db: Queryable, organizationId: string, ids: string[], from: Date, to: Date) {
  if (ids.length === 0) return [];
  const result = await db.execute<Omit<SchedulerWindow["timeOff"][number], "start" | "end"> & { start: number; end: number }>(sql`
    SELECT t.id, t.person_id AS "personId", extract(epoch FROM t.starts_at)::float8 * 1000 AS start,
           extract(epoch FROM t.ends_at)::float8 * 1000 AS "end", t.all_day AS "allDay", t.kind
    FROM time_off t
    WHERE t.organization_id = ${organizationId} AND t.person_id = ANY(${sqlArray(ids)}::uuid[])
      AND t.ends_at > ${from}::timestamptz AND t.starts_at < ${to}::timestamptz
    ORDER BY t.starts_at, t.id`);
  return result.rows.map((t) => ({ ...t, start: new Date(t.start).toISOString(), end: new Date(t.end).toISOString() }));
}

export async function windowHolidays(db: Queryable, organizationId: string, from: Date, to: Date) {
  const result = await db.execute<{ date: string; name: string }>(sql`
    SELECT to_char(h.date, 'YYYY-MM-DD') AS date, h.name FROM public_holidays h JOIN organizations o ON o.id = h.organization_id
    WHERE h.organization_id = ${organizationId}
      AND h.date >= (${from}::timestamptz AT TIME ZONE o.time_zone)::date - 1 AND h.date <= (${to}::timestamptz AT TIME ZONE o.time_zone)::date + 1
    ORDER BY h.date`);
  return result.rows;
}

export async function windowProjects(db: Queryable, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const result = await db.execute<{ id: string; name: string; code: string }>(sql`
    SELECT p.id, p.name, p.code FROM projects p
    WHERE p.organization_id = ${organizationId} AND p.id = ANY(${sqlArray(ids)}::uuid[]) ORDER BY lower(p.name), p.id`);
  return result.rows;
}

/** The role slots placeholders book (their rows are named after them). */
export async function windowRoleSlots(db: Queryable, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const result = await db.execute<SchedulerWindow["roleSlots"][number]>(sql`
    SELECT s.id, s.project_id AS "projectId", s.role, s.display_name AS "displayName" FROM role_slots s
    WHERE s.organization_id = ${organizationId} AND s.id = ANY(${sqlArray(ids)}::uuid[]) ORDER BY s.project_id, s.sort_order, s.id`);
  return result.rows;
}
