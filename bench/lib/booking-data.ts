/**
 * The booking benchmark's data set, written straight into PostgreSQL (through every constraint
 * and index the migrations created, the exclusion constraint included): a studio of `people`
 * artists with profiles and skills, `projects` projects, `perPerson` whole-day bookings each
 * (4 in 5 confirmed, 1 in 5 a 1st pencil), a "created" history event per booking, and some time off.
 *
 * Deterministic: the same parameters give the same rows (ids aside). Each person's bookings
 * follow each other every `spacingDays` days from 7 January 2019, 2 to 6 days long, so confirmed
 * bookings never overlap and the timeline is as dense everywhere.
 */
import type pg from "pg";

export type BookingData = { people: number; perPerson: number; projects: number; spacingDays: number };
export const bookingDataStart = "2019-01-07";
export const skillNames = ["Nuke", "Compositing", "Maya", "Houdini", "Katana", "Mari", "Substance", "ZBrush", "Unreal", "Roto", "Paint", "Matchmove"];
const departments = ["Compositing", "Animation", "Lighting", "FX", "Modeling", "Texturing", "Rigging", "Layout"];

/** uuidv7 in SQL (PostgreSQL 17 has none built in): time-ordered like the server's ids. */
const uuid7Function = `
  CREATE OR REPLACE FUNCTION pg_temp.uuid7() RETURNS uuid AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING
      substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
  $$ LANGUAGE sql VOLATILE`;

async function seedPeople(client: pg.Client, orgId: string, userId: string, d: BookingData) {
  await client.query(
    `INSERT INTO projects (organization_id, id, name, code, kind, status, created_by, updated_by)
     SELECT $1, pg_temp.uuid7(), 'Bench Project ' || lpad(i::text, 2, '0'), 'BP' || i, 'vfx', 'active', $2, $2 FROM generate_series(1, $3) i`,
    [orgId, userId, d.projects],
  );
  await client.query(
    `INSERT INTO people (organization_id, id, display_name, department, title, created_by, updated_by)
     SELECT $1, pg_temp.uuid7(), 'Artist ' || lpad(i::text, 5, '0'), ($3::text[])[1 + i % array_length($3, 1)], 'Artist', $2, $2
     FROM generate_series(1, $4) i`,
    [orgId, userId, departments, d.people],
  );
  await client.query(
    `INSERT INTO person_profiles (organization_id, person_id, time_zone, day_rate, currency, created_by, updated_by)
     SELECT p.organization_id, p.id, CASE WHEN n % 10 = 0 THEN 'America/Los_Angeles' ELSE 'Europe/London' END, 300 + (n % 20) * 25, 'GBP', $2, $2
     FROM (SELECT id, organization_id, row_number() OVER (ORDER BY id) AS n FROM people WHERE organization_id = $1) p`,
    [orgId, userId],
  );
  await client.query(`INSERT INTO skills (organization_id, id, name, created_by) SELECT $1, pg_temp.uuid7(), s, $2 FROM unnest($3::text[]) s`, [
    orgId,
    userId,
    skillNames,
  ]);
  // Three skills each, levels 1–5, spread so that every skill and level is common.
  await client.query(
    `INSERT INTO person_skills (organization_id, person_id, skill_id, level)
     SELECT p.organization_id, p.id, s.id, 1 + (p.n + s.n) % 5
     FROM (SELECT id, organization_id, row_number() OVER (ORDER BY id) AS n FROM people WHERE organization_id = $1) p
     JOIN (SELECT id, row_number() OVER (ORDER BY name) AS n FROM skills WHERE organization_id = $1) s ON (s.n - p.n) % 4 = 0 AND s.n <= 12
     ON CONFLICT DO NOTHING`,
    [orgId],
  );
}

/** One batch of bookings: persons with row number in (from, to]. */
async function seedBookingBatch(client: pg.Client, orgId: string, userId: string, d: BookingData, from: number, to: number) {
  await client.query(
    `WITH p AS (
       SELECT p.id, pp.time_zone AS tz, pp.day_rate, n FROM (
         SELECT id, organization_id, row_number() OVER (ORDER BY id) AS n FROM people WHERE organization_id = $1) p
       JOIN person_profiles pp ON pp.organization_id = p.organization_id AND pp.person_id = p.id
       WHERE n > $4 AND n <= $5),
     pr AS (SELECT array_agg(id ORDER BY code) AS ids FROM projects WHERE organization_id = $1),
     k AS (SELECT k, $6::date + k * $7 AS start_date, 2 + k % 5 AS len FROM generate_series(0, $3 - 1) k)
     INSERT INTO bookings (organization_id, id, project_id, person_id, starts_at, ends_at, all_day, start_date, end_date,
                           status, hold_rank, rate, rate_unit, currency, created_by, updated_by)
     SELECT $1, pg_temp.uuid7(), pr.ids[1 + (p.n + k.k) % array_length(pr.ids, 1)], p.id,
            (k.start_date::timestamp AT TIME ZONE p.tz), ((k.start_date + k.len)::timestamp AT TIME ZONE p.tz), true,
            k.start_date, k.start_date + k.len - 1,
            CASE WHEN k.k % 5 = 0 THEN 'hold' ELSE 'confirmed' END, CASE WHEN k.k % 5 = 0 THEN 1 END,
            p.day_rate, 'day', 'GBP', $2, $2
     FROM p CROSS JOIN k CROSS JOIN pr`,
    [orgId, userId, d.perPerson, from, to, bookingDataStart, d.spacingDays],
  );
}

/** Writes the whole data set in batches, reporting progress; returns the number of bookings. */
export async function seedBookingData(client: pg.Client, orgId: string, userId: string, d: BookingData, progress: (msg: string) => void) {
  await client.query("SET synchronous_commit = off");
  await client.query(uuid7Function);
  await seedPeople(client, orgId, userId, d);
  const batch = Math.max(1, Math.floor(100_000 / d.perPerson));
  for (let from = 0; from < d.people; from += batch) {
    await seedBookingBatch(client, orgId, userId, d, from, Math.min(d.people, from + batch));
    progress(`${Math.min(d.people, from + batch) * d.perPerson} bookings`);
  }
  await client.query(
    `INSERT INTO booking_events (organization_id, id, booking_id, type, actor_id, actor_name, data, at)
     SELECT organization_id, pg_temp.uuid7(), id, 'created', created_by, 'Bench Runner',
            jsonb_build_object('status', status, 'holdRank', hold_rank), created_at
     FROM bookings WHERE organization_id = $1`,
    [orgId],
  );
  progress("history events");
  // A day off in the gap after every 20th booking (after the longest booking ends).
  await client.query(
    `INSERT INTO time_off (organization_id, id, person_id, starts_at, ends_at, all_day, start_date, end_date, kind, created_by, updated_by)
     SELECT b.organization_id, pg_temp.uuid7(), b.person_id, b.ends_at, b.ends_at + interval '1 day', true, b.end_date + 1, b.end_date + 1, 'vacation', $2, $2
     FROM bookings b WHERE b.organization_id = $1 AND (b.start_date - $3::date) / $4 % 20 = 7`,
    [orgId, userId, bookingDataStart, d.spacingDays],
  );
  await client.query("VACUUM (ANALYZE) bookings");
  await client.query("VACUUM (ANALYZE) booking_events");
  await client.query("ANALYZE");
  const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM bookings WHERE organization_id = $1", [orgId]);
  return rows[0]?.n ?? 0;
}
