import { sql } from "drizzle-orm";
import type { SchedulerBooking } from "@backlot/contracts/booking/scheduler";
import { containsPattern } from "../../../platform/db/keyset";
import type { Queryable } from "../../../platform/db/pool";

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

export type SchedulerRowRecord = {
  id: string;
  kind: "person" | "room" | "equipment";
  name: string;
  group: string | null;
  title: string | null;
  timeZone: string;
  workDays: number[];
  hoursPerDay: number;
};

const uuidArray = (ids: string[]) => `{${ids.join(",")}}`;

function skillClauses(organizationId: string, skills: { name: string; minLevel: number }[]) {
  return skills.map(
    (s) => sql`AND EXISTS (SELECT 1 FROM person_skills ps JOIN skills k ON k.organization_id = ps.organization_id AND k.id = ps.skill_id
      WHERE ps.organization_id = ${organizationId} AND ps.person_id = p.id AND lower(k.name) = ${s.name.toLowerCase()} AND ps.level >= ${s.minLevel})`,
  );
}

/** The page of rows: people by department and name, or resources by kind, studio and name. limit+1 rows. */
export async function schedulerRows(db: Queryable, organizationId: string, f: RowFilter): Promise<SchedulerRowRecord[]> {
  const pattern = f.q ? containsPattern(f.q) : null;
  const query =
    f.rows === "people"
      ? sql`
      SELECT p.id, 'person' AS kind, p.display_name AS name, p.department AS "group", p.title,
             COALESCE(pp.time_zone, o.time_zone) AS "timeZone", COALESCE(pp.work_days, '{1,2,3,4,5}') AS "workDays",
             COALESCE(pp.hours_per_day, 8)::float8 AS "hoursPerDay"
      FROM people p JOIN organizations o ON o.id = p.organization_id
      LEFT JOIN person_profiles pp ON pp.organization_id = p.organization_id AND pp.person_id = p.id
      WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL AND p.active
        ${f.department ? sql`AND p.department = ${f.department}` : sql``}
        ${pattern ? sql`AND (p.display_name ILIKE ${pattern} OR p.title ILIKE ${pattern})` : sql``}
        ${sql.join(skillClauses(organizationId, f.skills ?? []), sql` `)}
      ORDER BY p.department NULLS LAST, lower(p.display_name), p.id
      LIMIT ${f.limit + 1} OFFSET ${f.offset}`
      : sql`
      SELECT r.id, r.kind, r.name, r.studio_name AS "group", NULL AS title, COALESCE(r.time_zone, o.time_zone) AS "timeZone",
             '{1,2,3,4,5,6,7}'::smallint[] AS "workDays", 8::float8 AS "hoursPerDay"
      FROM resources r JOIN organizations o ON o.id = r.organization_id
      WHERE r.organization_id = ${organizationId} AND r.archived_at IS NULL
        ${f.resourceKind ? sql`AND r.kind = ${f.resourceKind}` : sql``}
        ${f.studio ? sql`AND r.studio_name = ${f.studio}` : sql``}
        ${pattern ? sql`AND (r.name ILIKE ${pattern} OR r.studio_name ILIKE ${pattern})` : sql``}
      ORDER BY r.kind, lower(r.studio_name) NULLS FIRST, lower(r.name), r.id
      LIMIT ${f.limit + 1} OFFSET ${f.offset}`;
  return (await db.execute<SchedulerRowRecord>(query)).rows;
}

/** Raw rows: Drizzle's driver setup leaves timestamps as PostgreSQL's text in execute(). */
type BookingRecord = Omit<SchedulerBooking, "rate"> & { rate: string | null };
const isoOf = (pgText: string) => new Date(pgText).toISOString();

const bookingColumns = sql`b.id, b.bookable_id AS "bookableId", b.project_id AS "projectId", b.role_slot_id AS "roleSlotId",
  b.starts_at AS start, b.ends_at AS "end", b.all_day AS "allDay", to_char(b.start_date, 'YYYY-MM-DD') AS "startDate",
  to_char(b.end_date, 'YYYY-MM-DD') AS "endDate", b.status, b.hold_rank AS "holdRank", b.rate, b.rate_unit AS "rateUnit", b.notes, b.version`;

function toBooking(r: BookingRecord): SchedulerBooking {
  return { ...r, start: isoOf(r.start), end: isoOf(r.end), rate: r.rate === null ? null : Number(r.rate) };
}

/**
 * Live bookings of the rows in [from, to): one GiST probe per row (organization, bookable,
 * range), which stays fast however many bookings lie outside the window.
 */
export async function windowBookings(db: Queryable, organizationId: string, ids: string[], from: Date, to: Date, projectId?: string) {
  if (ids.length === 0) return [];
  const result = await db.execute<BookingRecord>(sql`
    SELECT ${bookingColumns}
    FROM unnest(${uuidArray(ids)}::uuid[]) AS r(id)
    JOIN bookings b ON b.organization_id = ${organizationId} AND b.bookable_id = r.id
     AND b.status IN ('hold', 'confirmed') AND b.during && tstzrange(${from}::timestamptz, ${to}::timestamptz)
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
  const result = await db.execute<{ id: string; personId: string; start: string; end: string; allDay: boolean; kind: string }>(sql`
    SELECT t.id, t.person_id AS "personId", t.starts_at AS start, t.ends_at AS "end", t.all_day AS "allDay", t.kind
    FROM unnest(${uuidArray(ids)}::uuid[]) AS r(id)
    JOIN time_off t ON t.organization_id = ${organizationId} AND t.person_id = r.id AND t.during && tstzrange(${from}::timestamptz, ${to}::timestamptz)
    ORDER BY t.starts_at`);
  return result.rows.map((t) => ({ ...t, start: isoOf(t.start), end: isoOf(t.end) }));
}

export async function windowExtras(db: Queryable, organizationId: string, projectIds: string[], from: Date, to: Date) {
  const result = await db.execute<{ projects: { id: string; name: string; code: string }[]; holidays: { date: string; name: string }[] }>(sql`
    SELECT
      COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'code', p.code) ORDER BY lower(p.name))
         FROM projects p WHERE p.organization_id = ${organizationId} AND p.id = ANY(${uuidArray(projectIds)}::uuid[])), '[]') AS projects,
      COALESCE((SELECT json_agg(json_build_object('date', h.date, 'name', h.name) ORDER BY h.date)
         FROM public_holidays h, organizations o
        WHERE o.id = ${organizationId} AND h.organization_id = o.id
          AND h.date >= (${from}::timestamptz AT TIME ZONE o.time_zone)::date - 1
          AND h.date <= (${to}::timestamptz AT TIME ZONE o.time_zone)::date + 1), '[]') AS holidays`);
  return result.rows[0] ?? { projects: [], holidays: [] };
}
