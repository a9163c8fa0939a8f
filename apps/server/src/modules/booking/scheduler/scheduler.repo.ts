import { type SQL, sql } from "drizzle-orm";
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

export type WindowQuery = RowFilter & { organizationId: string; from: Date; to: Date; projectId?: string; nextCursor: string };

function skillClauses(organizationId: string, skills: { name: string; minLevel: number }[]) {
  return skills.map(
    (s) => sql`AND EXISTS (SELECT 1 FROM person_skills ps JOIN skills k ON k.organization_id = ps.organization_id AND k.id = ps.skill_id
      WHERE ps.organization_id = ${organizationId} AND ps.person_id = p.id AND lower(k.name) = ${s.name.toLowerCase()} AND ps.level >= ${s.minLevel})`,
  );
}

/** The page of rows (limit + 1, to know whether there is a next page), in display order. */
function rowsSql(organizationId: string, f: RowFilter): SQL {
  const pattern = f.q ? containsPattern(f.q) : null;
  if (f.rows === "people") {
    return sql`
      SELECT p.id, 'person' AS kind, p.display_name AS name, p.department AS "group", p.title,
             COALESCE(pp.time_zone, o.time_zone) AS "timeZone", COALESCE(pp.work_days, '{1,2,3,4,5}') AS "workDays",
             COALESCE(pp.hours_per_day, 8)::float8 AS "hoursPerDay", p.department AS k1, lower(p.display_name) AS k2, NULL::text AS k3
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
           '{1,2,3,4,5,6,7}'::smallint[] AS "workDays", 8::float8 AS "hoursPerDay", r.kind AS k1, lower(r.studio_name) AS k2, lower(r.name) AS k3
    FROM resources r JOIN organizations o ON o.id = r.organization_id
    WHERE r.organization_id = ${organizationId} AND r.archived_at IS NULL
      ${f.resourceKind ? sql`AND r.kind = ${f.resourceKind}` : sql``}
      ${f.studio ? sql`AND r.studio_name = ${f.studio}` : sql``}
      ${pattern ? sql`AND (r.name ILIKE ${pattern} OR r.studio_name ILIKE ${pattern})` : sql``}
    ORDER BY r.kind, lower(r.studio_name) NULLS FIRST, lower(r.name), r.id LIMIT ${f.limit + 1} OFFSET ${f.offset}`;
}

/** A booking as the scheduler draws it (schedulerBookingSchema). */
const bookingJson = sql`json_build_object('id', b.id, 'bookableId', b.bookable_id, 'projectId', b.project_id, 'roleSlotId', b.role_slot_id,
  'start', b.starts_at, 'end', b.ends_at, 'allDay', b.all_day, 'startDate', b.start_date, 'endDate', b.end_date,
  'status', b.status, 'holdRank', b.hold_rank, 'rate', b.rate::float8, 'rateUnit', b.rate_unit, 'notes', b.notes, 'version', b.version)`;

/**
 * One scheduler window as JSON text, built by PostgreSQL in one statement (BOOK-7). The rows'
 * bookings come from one btree scan over (organization, bookable = ANY(rows), ends_at), with
 * starts_at checked in the index; nothing outside the window is read beyond the rows' later
 * bookings. Building the JSON here keeps 500 × 90 days (thousands of bookings) off Node's CPU.
 */
export async function schedulerWindowJson(db: Queryable, q: WindowQuery): Promise<string> {
  const result = await db.execute<{ window: string }>(schedulerWindowSql(q));
  return (result.rows[0] as { window: string }).window;
}

/** The statement behind schedulerWindowJson (exported for the benchmark's query plan). */
export function schedulerWindowSql(q: WindowQuery): SQL {
  const org = q.organizationId;
  const people = q.rows === "people";
  const project = q.projectId ? sql`AND b.project_id = ${q.projectId}` : sql``;
  const live = sql`b.status IN ('hold', 'confirmed') AND b.ends_at > ${q.from}::timestamptz AND b.starts_at < ${q.to}::timestamptz ${project}`;
  return sql`
    WITH r AS (${rowsSql(org, q)}),
    -- Numbered once the page is cut, in the same order (people: department, name; resources: kind, studio, name).
    numbered AS (SELECT r.*, row_number() OVER (ORDER BY ${q.rows === "people" ? sql`k1 NULLS LAST, k2, id` : sql`k1, k2 NULLS FIRST, k3, id`}) AS n FROM r),
    page AS (SELECT * FROM numbered WHERE n <= ${q.limit}),
    b AS (
      SELECT b.* FROM bookings b
      WHERE b.organization_id = ${org} AND b.bookable_id = ANY(ARRAY(SELECT id FROM page)) AND ${live}
      UNION ALL
      SELECT b.* FROM bookings b
      WHERE ${people && q.offset === 0} AND b.organization_id = ${org} AND b.bookable_id IS NULL
        AND b.during && tstzrange(${q.from}::timestamptz, ${q.to}::timestamptz) AND ${live}
    ),
    t AS (
      SELECT t.* FROM time_off t
      WHERE ${people} AND t.organization_id = ${org} AND t.person_id = ANY(ARRAY(SELECT id FROM page))
        AND t.ends_at > ${q.from}::timestamptz AND t.starts_at < ${q.to}::timestamptz
    )
    SELECT json_build_object(
      'from', ${q.from.toISOString()}::text,
      'to', ${q.to.toISOString()}::text,
      'rows', COALESCE((SELECT json_agg(json_build_object('id', id, 'kind', kind, 'name', name, 'group', "group", 'title', title,
                 'timeZone', "timeZone", 'workDays', "workDays", 'hoursPerDay', "hoursPerDay") ORDER BY n) FROM page), '[]'),
      'bookings', COALESCE((SELECT json_agg(${bookingJson} ORDER BY b.starts_at, b.id) FROM b WHERE b.bookable_id IS NOT NULL), '[]'),
      'placeholders', COALESCE((SELECT json_agg(${bookingJson} ORDER BY b.starts_at, b.id) FROM b WHERE b.bookable_id IS NULL), '[]'),
      'projects', COALESCE((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'code', p.code) ORDER BY lower(p.name), p.id)
                 FROM projects p WHERE p.organization_id = ${org} AND p.id IN (SELECT DISTINCT project_id FROM b)), '[]'),
      'timeOff', COALESCE((SELECT json_agg(json_build_object('id', t.id, 'personId', t.person_id, 'start', t.starts_at,
                 'end', t.ends_at, 'allDay', t.all_day, 'kind', t.kind) ORDER BY t.starts_at, t.id) FROM t), '[]'),
      'holidays', COALESCE((SELECT json_agg(json_build_object('date', h.date, 'name', h.name) ORDER BY h.date)
                 FROM public_holidays h JOIN organizations o ON o.id = h.organization_id
                 WHERE h.organization_id = ${org}
                   AND h.date >= (${q.from}::timestamptz AT TIME ZONE o.time_zone)::date - 1
                   AND h.date <= (${q.to}::timestamptz AT TIME ZONE o.time_zone)::date + 1), '[]'),
      'nextCursor', CASE WHEN (SELECT count(*) FROM r) > ${q.limit} THEN ${q.nextCursor} END
    )::text AS window`;
}
