import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { EventType } from "@backlot/contracts/core/events";
import type { Tx } from "../db/pool";
import { versionConflict } from "../http/app-error";
import { type AuditAction, changesNothing, type RecordChange } from "./changes";

type VersionedTable = PgTable & { organizationId: PgColumn; id: PgColumn; version: PgColumn; updatedAt: PgColumn; updatedBy: PgColumn };

export type VersionedSave<T extends VersionedTable, Out> = {
  table: T;
  before: T["$inferSelect"] & { organizationId: string; id: string };
  fields: Partial<T["$inferInsert"]>;
  /** The version the client read; a different current version is a 409 (CORE-15). */
  version: number;
  actorId: string;
  present: (row: T["$inferSelect"]) => Out;
  recordType: string;
  action?: AuditAction;
  event?: EventType;
};

/**
 * The one "versioned update" every editable record goes through: a save without edits keeps
 * the version and writes no history; a stale version gets 409 with the record as it is now;
 * otherwise the row is updated, its version bumped and the change recorded.
 */
export async function saveVersioned<T extends VersionedTable, Out extends Record<string, unknown>>(
  tx: Tx,
  record: RecordChange,
  save: VersionedSave<T, Out>,
): Promise<Out> {
  const { table, before, fields, version, actorId, present } = save;
  const previous = present(before);
  if (changesNothing(before as Record<string, unknown>, fields as Record<string, unknown>)) {
    return previous;
  }
  const rows = (await tx
    .update(table)
    .set({ ...fields, version: sql`${table.version} + 1`, updatedAt: new Date(), updatedBy: actorId } as never)
    .where(and(eq(table.organizationId, before.organizationId), eq(table.id, before.id), eq(table.version, version)))
    .returning()) as T["$inferSelect"][];
  const row = rows[0];
  if (!row) throw versionConflict(previous);
  const after = present(row);
  record({
    organizationId: before.organizationId,
    recordType: save.recordType,
    recordId: before.id,
    action: save.action ?? "update",
    before: previous,
    after,
    event: save.event,
  });
  return after;
}
