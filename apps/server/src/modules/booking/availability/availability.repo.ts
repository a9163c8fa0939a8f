import { sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { containsPattern } from "../../../platform/db/keyset";
import { sqlArray } from "../../../platform/db/sql-array";

export type AvailabilitySearch = {
  skills: { name: string; minLevel: number }[];
  /** Dates are midnights in each person's time zone; instants are taken as they are. */
  from: string;
  to: string;
  department?: string;
  location?: string;
  excludePersonIds?: string[];
};

export type CandidateRow = {
  id: string;
  display_name: string;
  department: string | null;
  title: string | null;
  location: string | null;
  tz: string;
  day_rate: string | null;
  currency: string | null;
  level_sum: number;
  skills: { name: string; level: number }[];
  working_days: number;
  conflicts: {
    kind: "booking" | "time_off";
    id: string;
    start: string;
    end: string;
    status: string | null;
    projectId: string | null;
    projectName: string | null;
  }[];
  holds: { id: string; holdRank: number; projectName: string; start: string; end: string }[];
};

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The window in the person's zone: `tz` is the SQL expression of their time zone. */
function bound(value: string, tz: ReturnType<typeof sql>) {
  return isDate(value) ? sql`(${value}::date::timestamp AT TIME ZONE ${tz})` : sql`${value}::timestamptz`;
}

/**
 * Active people who have every required skill at its minimum level, with what ranking and the
 * free/busy answer need: skill levels, working days and day rate in the window, confirmed
 * bookings and time off (conflicts) and holds in it. One statement.
 */
export async function searchCandidates(db: Queryable, organizationId: string, q: AvailabilitySearch): Promise<CandidateRow[]> {
  const tz = sql`COALESCE(pp.time_zone, o.time_zone)`;
  const required = JSON.stringify(q.skills.map((s) => ({ name: s.name.toLowerCase(), min_level: s.minLevel })));
  const exclude = sqlArray(q.excludePersonIds ?? []);
  const result = await db.execute<CandidateRow>(sql`
    WITH req AS (SELECT * FROM jsonb_to_recordset(${required}::jsonb) AS r(name text, min_level int)),
    people_in AS (
      SELECT p.id, p.display_name, p.department, p.title, pp.location, ${tz} AS tz, pp.day_rate,
             COALESCE(pp.currency, o.currency) AS currency,
             COALESCE(pp.work_days, '{1,2,3,4,5}') AS work_days,
             ${bound(q.from, tz)} AS ws, ${bound(q.to, tz)} AS we,
             (SELECT COALESCE(sum(ps.level), 0)::int FROM req
                JOIN skills s ON s.organization_id = p.organization_id AND lower(s.name) = req.name
                JOIN person_skills ps ON ps.organization_id = p.organization_id AND ps.skill_id = s.id AND ps.person_id = p.id
               WHERE ps.level >= req.min_level) AS level_sum,
             (SELECT count(*) FROM req
                JOIN skills s ON s.organization_id = p.organization_id AND lower(s.name) = req.name
                JOIN person_skills ps ON ps.organization_id = p.organization_id AND ps.skill_id = s.id AND ps.person_id = p.id
               WHERE ps.level >= req.min_level) AS met
      FROM people p
      JOIN organizations o ON o.id = p.organization_id
      LEFT JOIN person_profiles pp ON pp.organization_id = p.organization_id AND pp.person_id = p.id
      WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL AND p.active
        AND NOT (p.id = ANY(${exclude}::uuid[]))
        ${q.department ? sql`AND p.department = ${q.department}` : sql``}
        ${q.location ? sql`AND pp.location ILIKE ${containsPattern(q.location)}` : sql``}
    )
    SELECT c.id, c.display_name, c.department, c.title, c.location, c.tz, c.day_rate, c.currency, c.level_sum,
      COALESCE((SELECT json_agg(json_build_object('name', s.name, 'level', ps.level) ORDER BY ps.level DESC, s.name)
         FROM person_skills ps JOIN skills s ON s.organization_id = ps.organization_id AND s.id = ps.skill_id
        WHERE ps.organization_id = ${organizationId} AND ps.person_id = c.id), '[]') AS skills,
      (SELECT count(*)::int FROM generate_series((c.ws AT TIME ZONE c.tz)::date, ((c.we - interval '1 microsecond') AT TIME ZONE c.tz)::date, interval '1 day') d
        WHERE extract(isodow FROM d)::int = ANY(c.work_days)
          AND NOT EXISTS (SELECT 1 FROM public_holidays h WHERE h.organization_id = ${organizationId} AND h.date = d::date)) AS working_days,
      COALESCE((SELECT json_agg(x ORDER BY x.start) FROM (
          SELECT 'booking' AS kind, b.id, b.starts_at AS start, b.ends_at AS end, b.status, b.project_id AS "projectId", pr.name AS "projectName"
          FROM bookings b JOIN projects pr ON pr.organization_id = b.organization_id AND pr.id = b.project_id
          WHERE b.organization_id = ${organizationId} AND b.bookable_id = c.id AND b.status = 'confirmed' AND b.ends_at > c.ws AND b.starts_at < c.we
          UNION ALL
          SELECT 'time_off', t.id, t.starts_at, t.ends_at, t.kind, NULL, NULL
          FROM time_off t WHERE t.organization_id = ${organizationId} AND t.person_id = c.id AND t.ends_at > c.ws AND t.starts_at < c.we) x), '[]') AS conflicts,
      COALESCE((SELECT json_agg(json_build_object('id', b.id, 'holdRank', b.hold_rank, 'projectName', pr.name, 'start', b.starts_at, 'end', b.ends_at) ORDER BY b.hold_rank, b.starts_at)
         FROM bookings b JOIN projects pr ON pr.organization_id = b.organization_id AND pr.id = b.project_id
        WHERE b.organization_id = ${organizationId} AND b.bookable_id = c.id AND b.status = 'hold' AND b.ends_at > c.ws AND b.starts_at < c.we), '[]') AS holds
    FROM people_in c
    WHERE c.met = (SELECT count(*) FROM req) AND c.we > c.ws`);
  return result.rows;
}
