import { sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";

export const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Fields every versioned row presents the same way. */
export function presentMeta(row: { version: number; createdAt: Date; updatedAt: Date; createdBy: string | null; updatedBy: string | null }) {
  return {
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}

/** Only the fields a PATCH actually sent. */
export function definedOnly<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The runtime's time zone list (used by validation) and PostgreSQL's can differ; every zone we
 * store is one PostgreSQL can compute whole days in. Runs outside the caller's transaction.
 */
export async function checkTimeZone(db: Queryable, timeZone: string | null | undefined, path: string) {
  if (!timeZone) return;
  try {
    await db.execute(sql`SELECT now() AT TIME ZONE ${timeZone}`);
  } catch {
    throw fieldError(path, "Unknown time zone (use an IANA name such as Europe/London)");
  }
}
