import ical, { ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import type { calendarFeeds } from "../booking.schema";

type Entry = {
  id: string;
  kind: "booking" | "time_off";
  starts_at: string;
  ends_at: string;
  all_day: boolean;
  start_date: string | null;
  end_date: string | null;
  status: string;
  hold_rank: number | null;
  project: string | null;
  notes: string | null;
  version: number;
  updated_at: string;
};

const pencil = ["", "1st", "2nd", "3rd"];
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);

/** What the feed shows: live bookings and time off from 90 days ago to a year ahead. */
async function loadEntries(db: Queryable, feed: typeof calendarFeeds.$inferSelect) {
  const subjectId = (feed.personId ?? feed.resourceId) as string;
  const result = await db.execute<Entry & { subject: string }>(sql`
    WITH subject AS (
      SELECT display_name AS name FROM people WHERE organization_id = ${feed.organizationId} AND id = ${subjectId}
      UNION ALL SELECT name FROM resources WHERE organization_id = ${feed.organizationId} AND id = ${subjectId}
    ), span AS (SELECT now() - interval '90 days' AS f, now() + interval '400 days' AS t)
    SELECT (SELECT name FROM subject LIMIT 1) AS subject, e.* FROM (
      SELECT b.id, 'booking' AS kind, b.starts_at, b.ends_at, b.all_day, to_char(b.start_date, 'YYYY-MM-DD') AS start_date,
             to_char(b.end_date, 'YYYY-MM-DD') AS end_date, b.status, b.hold_rank, p.name || ' (' || p.code || ')' AS project,
             b.notes, b.version, b.updated_at
      FROM bookings b JOIN projects p ON p.organization_id = b.organization_id AND p.id = b.project_id, span
      WHERE b.organization_id = ${feed.organizationId} AND b.bookable_id = ${subjectId}
        AND b.status IN ('hold', 'confirmed') AND b.ends_at > span.f AND b.starts_at < span.t
      UNION ALL
      SELECT t.id, 'time_off', t.starts_at, t.ends_at, t.all_day, to_char(t.start_date, 'YYYY-MM-DD'), to_char(t.end_date, 'YYYY-MM-DD'),
             t.kind, NULL, NULL, t.note, t.version, t.updated_at
      FROM time_off t, span
      WHERE t.organization_id = ${feed.organizationId} AND t.person_id = ${subjectId} AND t.ends_at > span.f AND t.starts_at < span.t
    ) e ORDER BY e.starts_at LIMIT 5000`);
  return result.rows;
}

function summary(e: Entry) {
  if (e.kind === "time_off") return `Time off (${e.status})`;
  return e.status === "hold" ? `${pencil[e.hold_rank ?? 0] ?? ""} pencil: ${e.project}` : (e.project ?? "Booking");
}

/**
 * The iCalendar text of a feed (RFC 5545 via ical-generator). Whole-day bookings are DATE
 * events on the days they were booked for; holds are TENTATIVE and do not block free/busy.
 */
export async function renderFeed(db: Queryable, feed: typeof calendarFeeds.$inferSelect): Promise<string> {
  const entries = await loadEntries(db, feed);
  const name = entries[0]?.subject ?? "Backlot";
  const calendar = ical({ name: `${name} — Backlot`, prodId: { company: "Backlot", product: "Backlot bookings", language: "EN" }, ttl: 900 });
  for (const e of entries) {
    const allDay = e.all_day && e.start_date !== null && e.end_date !== null;
    calendar.createEvent({
      id: `${e.id}@backlot`,
      start: allDay ? new Date(`${e.start_date}T00:00:00Z`) : new Date(e.starts_at),
      end: allDay ? dayAfter(e.end_date as string) : new Date(e.ends_at),
      allDay,
      summary: summary(e),
      description: e.notes ?? undefined,
      status: e.kind === "booking" && e.status === "hold" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      transparency: e.kind === "booking" && e.status === "hold" ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      sequence: e.version,
      stamp: new Date(e.updated_at),
    });
  }
  return calendar.toString();
}
