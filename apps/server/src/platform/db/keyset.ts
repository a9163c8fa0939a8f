import { and, eq, gt, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * Case-insensitive sort key for name-ordered lists. The cursor carries this value exactly as
 * PostgreSQL computed it, so paging agrees with the ORDER BY whatever the collation does with
 * accents ("Émile", "Örjan").
 */
export const lowerSortKey = (column: AnyPgColumn) => sql<string>`lower(${column})`;

/** Rows strictly after (sortKey, id) in (sortKey, id) order; nothing on the first page. */
export function keysetAfter(sortKey: SQL, id: AnyPgColumn, after: [string, string] | null): SQL | undefined {
  if (!after) return undefined;
  return or(gt(sortKey, after[0]), and(eq(sortKey, after[0]), gt(id, after[1])));
}

/** An ILIKE pattern matching `q` anywhere, with the user's % and _ taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
