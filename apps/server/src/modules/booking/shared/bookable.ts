import { sql } from "drizzle-orm";
import type { When } from "@backlot/contracts/booking/when";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";
import { checkRefsRow, type ProjectInfo, type ProjectRefs, type RefsRow, refsColumns } from "./project-refs";

/** Who or what a booking or time off occupies, with what whole days and defaults depend on. */
export type Bookable = {
  kind: "person" | "resource" | "placeholder";
  id: string | null;
  name: string;
  archived: boolean;
  timeZone: string;
  dayRate: number | null;
  currency: string | null;
};
export type Interval = { startsAt: Date; endsAt: Date; allDay: boolean; startDate: string | null; endDate: string | null };
export type Target = { personId?: string | null; resourceId?: string | null };

type Row = Partial<RefsRow> & {
  id: string | null;
  name: string;
  archived: boolean;
  tz: string;
  day_rate: string | null;
  currency: string | null;
  day_start: string | null;
  day_end: string | null;
};

/**
 * Every change to one bookable's bookings or time off runs under this transaction-scoped lock,
 * so checks (time off, ranks, challenges) and writes of one person or room never interleave.
 * The exclusion constraint stays the last word on overlaps.
 */
export const bookableLock = (idSql: ReturnType<typeof sql>) => sql`pg_advisory_xact_lock(7420003, hashtext(${idSql}::text))`;

function lookupSql(organizationId: string, target: Target, when: When, refs?: ProjectRefs) {
  const days = (tz: ReturnType<typeof sql>) => sql`
    (${when.startDate ?? null}::date::timestamp AT TIME ZONE ${tz}) AS day_start,
    ((${when.endDate ?? null}::date + 1)::timestamp AT TIME ZONE ${tz}) AS day_end
    ${refs ? sql`, ${refsColumns(organizationId, refs)}` : sql``}`;
  if (target.personId) {
    const tz = sql`COALESCE(pp.time_zone, o.time_zone)`;
    return sql`
      SELECT p.id, p.display_name AS name, p.archived_at IS NOT NULL AS archived, ${tz} AS tz, pp.day_rate,
             COALESCE(pp.currency, o.currency) AS currency, ${days(tz)}, ${bookableLock(sql`p.id`)} AS locked
      FROM people p
      JOIN organizations o ON o.id = p.organization_id
      LEFT JOIN person_profiles pp ON pp.organization_id = p.organization_id AND pp.person_id = p.id
      WHERE p.organization_id = ${organizationId} AND p.id = ${target.personId}`;
  }
  if (target.resourceId) {
    const tz = sql`COALESCE(r.time_zone, o.time_zone)`;
    return sql`
      SELECT r.id, r.name, r.archived_at IS NOT NULL AS archived, ${tz} AS tz, r.day_rate,
             COALESCE(r.currency, o.currency) AS currency, ${days(tz)}, ${bookableLock(sql`r.id`)} AS locked
      FROM resources r JOIN organizations o ON o.id = r.organization_id
      WHERE r.organization_id = ${organizationId} AND r.id = ${target.resourceId}`;
  }
  const tz = sql`o.time_zone`;
  return sql`
    SELECT NULL::uuid AS id, 'Placeholder' AS name, false AS archived, ${tz} AS tz, NULL AS day_rate, o.currency, ${days(tz)}
    FROM organizations o WHERE o.id = ${organizationId}`;
}

/**
 * Loads (and locks) the bookable and turns `when` into instants: whole days start at midnight in
 * the bookable's time zone (the organization's for placeholders), so "Monday to Friday" in
 * Los Angeles is a different pair of instants than in London, and DST is PostgreSQL's job.
 */
export async function lockBookable(db: Queryable, organizationId: string, target: Target, when: When, path = "body") {
  const { bookable, interval } = await lockWithRefs(db, organizationId, target, when, path);
  return { bookable, interval };
}

/** lockBookable plus the project checks of a new booking, in the same round trip. */
export async function lockBookableForBooking(db: Queryable, organizationId: string, target: Target, when: When, refs: ProjectRefs, path = "body") {
  const { bookable, interval, row } = await lockWithRefs(db, organizationId, target, when, path, refs);
  const project: ProjectInfo = checkRefsRow(row as RefsRow, refs, path);
  return { bookable, interval, project };
}

async function lockWithRefs(db: Queryable, organizationId: string, target: Target, when: When, path: string, refs?: ProjectRefs) {
  const result = await db.execute<Row>(lookupSql(organizationId, target, when, refs));
  const row = result.rows[0];
  if (!row) {
    const field = target.personId ? "personId" : "resourceId";
    throw fieldError(`${path}.${field}`, `No ${target.personId ? "person" : "resource"} in this organization has this id`);
  }
  const bookable: Bookable = {
    kind: target.personId ? "person" : target.resourceId ? "resource" : "placeholder",
    id: row.id,
    name: row.name,
    archived: row.archived,
    timeZone: row.tz,
    dayRate: row.day_rate === null ? null : Number(row.day_rate),
    currency: row.currency,
  };
  return { bookable, interval: toInterval(when, row), row };
}

function toInterval(when: When, row: Row): Interval | null {
  if (when.start && when.end) return { startsAt: new Date(when.start), endsAt: new Date(when.end), allDay: false, startDate: null, endDate: null };
  if (when.startDate && when.endDate && row.day_start && row.day_end) {
    return { startsAt: new Date(row.day_start), endsAt: new Date(row.day_end), allDay: true, startDate: when.startDate, endDate: when.endDate };
  }
  return null;
}
