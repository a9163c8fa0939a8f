import { sql } from "drizzle-orm";
import type { Queryable } from "./pool";

/** Tables of finish-to-start links (predecessor_id → successor_id within an organization). */
export type LinkTable = "task_dependencies" | "timeline_dependencies";

/**
 * True when `from` already leads to `to` through the links of `table`, so a link to → from
 * would close a loop. Task and phase dependencies refuse cycles the same way (TRK-6, BOOK-8).
 */
export async function reaches(db: Queryable, table: LinkTable, organizationId: string, from: string, to: string): Promise<boolean> {
  const links = sql.identifier(table);
  const result = await db.execute<{ found: boolean }>(sql`
    WITH RECURSIVE downstream(id) AS (
      SELECT successor_id FROM ${links} WHERE organization_id = ${organizationId} AND predecessor_id = ${from}
      UNION
      SELECT d.successor_id FROM ${links} d JOIN downstream ON d.predecessor_id = downstream.id
      WHERE d.organization_id = ${organizationId}
    )
    SELECT EXISTS (SELECT 1 FROM downstream WHERE id = ${to}) AS found`);
  return Boolean(result.rows[0]?.found);
}
