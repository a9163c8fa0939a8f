import { sql } from "drizzle-orm";
import type { EventType } from "@backlot/contracts/core/events";
import type { Db, Tx } from "../db/pool";
import { auditLog, outboxEvents } from "../db/schema";

export type AuditAction = "create" | "update" | "delete" | "archive" | "restore";

/** One change to one record: becomes an audit row and, when `event` is set, a live event. */
export type Change = {
  organizationId: string;
  recordType: string;
  recordId: string;
  action: AuditAction;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  event?: EventType;
  /**
   * The event's data when it is not `after`: link events (casting, dependencies, imports) record
   * a summary in the history but tell clients which project changed.
   */
  eventData?: Record<string, unknown>;
  /** False for bookkeeping that is not history, e.g. an inbox notification: only its event is written. */
  audit?: false;
};

export type RecordChange = (change: Change) => void;

/** Bookkeeping fields are not part of a record's history. */
const ignoredFields = new Set(["version", "createdAt", "updatedAt", "createdBy", "updatedBy", "myRole"]);

function changedValues(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const oldValues: Record<string, unknown> = {};
  const newValues: Record<string, unknown> = {};
  for (const key of keys) {
    if (ignoredFields.has(key)) continue;
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (before) oldValues[key] = a;
    if (after) newValues[key] = b;
  }
  return { oldValues: before ? oldValues : null, newValues: after ? newValues : null };
}

/** True when applying `fields` to `row` would change nothing (a save without edits). */
export function changesNothing(row: Record<string, unknown>, fields: Record<string, unknown>): boolean {
  return Object.entries(fields).every(([key, value]) => value === undefined || JSON.stringify(row[key] ?? null) === JSON.stringify(value ?? null));
}

/**
 * Runs `work` in a transaction and writes its audit rows and outbox events in that same
 * transaction (SPEC decision 7, CORE-10): either the change, its history and its event all
 * commit, or none does.
 */
export async function withChanges<T>(db: Db, actorId: string | null, work: (tx: Tx, record: RecordChange) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const changes: Change[] = [];
    const result = await work(tx, (change) => changes.push(change));
    await writeChanges(tx, actorId, changes);
    return result;
  });
}

/** PostgreSQL takes at most 65,535 parameters a statement; a large import writes in slices. */
const rowsPerInsert = 5000;

async function writeAudit(tx: Tx, actorId: string | null, all: Change[]) {
  for (let i = 0; i < all.length; i += rowsPerInsert) await writeAuditSlice(tx, actorId, all.slice(i, i + rowsPerInsert));
}

async function writeAuditSlice(tx: Tx, actorId: string | null, changes: Change[]) {
  await tx.insert(auditLog).values(
    changes.map((c) => ({
      organizationId: c.organizationId,
      actorId,
      recordType: c.recordType,
      recordId: c.recordId,
      action: c.action,
      ...changedValues(c.before ?? null, c.after ?? null),
    })),
  );
}

async function writeChanges(tx: Tx, actorId: string | null, changes: Change[]) {
  const audited = changes.filter((c) => c.audit !== false);
  if (audited.length > 0) await writeAudit(tx, actorId, audited);
  const events = changes.filter((c) => c.event);
  if (events.length === 0) return;
  // Event ids must increase in commit order within an organization so a client resuming
  // "after id N" misses nothing: take the organization's outbox lock (held to commit) before
  // drawing ids. This is the last statement of the transaction, so the lock is brief.
  const orgIds = [...new Set(events.map((c) => c.organizationId))].sort();
  for (const orgId of orgIds) {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7420002, hashtext(${orgId}))`);
  }
  for (let i = 0; i < events.length; i += rowsPerInsert) {
    await tx.insert(outboxEvents).values(
      events.slice(i, i + rowsPerInsert).map((c) => ({
        organizationId: c.organizationId,
        type: c.event as string,
        recordType: c.recordType,
        recordId: c.recordId,
        actorId,
        data: c.eventData ?? c.after ?? null,
      })),
    );
  }
}
