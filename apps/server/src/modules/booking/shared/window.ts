import { sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * A query window [from, to): instants are taken as they are; dates mean midnight in the
 * organization's time zone (asked of PostgreSQL only when a date was given).
 */
export async function resolveWindow(
  db: Queryable,
  organizationId: string,
  from?: string,
  to?: string,
): Promise<{ from: Date | null; to: Date | null; timeZone: string | null }> {
  let timeZone: string | null = null;
  const needsZone = [from, to].some((v) => v !== undefined && isDate(v));
  const converted: { from: Date | null; to: Date | null } = { from: null, to: null };
  if (needsZone) {
    const result = await db.execute<{ tz: string; f: string | null; t: string | null }>(sql`
      SELECT time_zone AS tz,
        (${from && isDate(from) ? from : null}::date::timestamp AT TIME ZONE time_zone) AS f,
        (${to && isDate(to) ? to : null}::date::timestamp AT TIME ZONE time_zone) AS t
      FROM organizations WHERE id = ${organizationId}`);
    const row = result.rows[0];
    timeZone = row?.tz ?? null;
    converted.from = row?.f ? new Date(row.f) : null;
    converted.to = row?.t ? new Date(row.t) : null;
  }
  const window = {
    from: from === undefined ? null : isDate(from) ? converted.from : new Date(from),
    to: to === undefined ? null : isDate(to) ? converted.to : new Date(to),
    timeZone,
  };
  if (window.from && window.to && window.to <= window.from) throw fieldError("query.to", "to must be after from");
  return window;
}
