import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { EventType } from "@backlot/contracts/core/events";
import type { Db, Tx } from "../db/pool";
import { sqlArray } from "../db/sql-array";

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

/** A write to send with the audit rows and events (e.g. a module's own history rows). */
export type AlsoWrite = (query: SQLWrapper) => void;

/**
 * Runs `work` in a transaction and writes its audit rows and outbox events in that same
 * transaction (SPEC decision 7, CORE-10): either the change, its history and its event all
 * commit, or none does. `alsoWrite` adds inserts to that last statement.
 */
export async function withChanges<T>(db: Db, actorId: string | null, work: (tx: Tx, record: RecordChange, alsoWrite: AlsoWrite) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const changes: Change[] = [];
    const writes: SQLWrapper[] = [];
    const result = await work(
      tx,
      (change) => changes.push(change),
      (query) => writes.push(query),
    );
    await writeChanges(tx, actorId, changes, writes);
    return result;
  });
}

function auditWrite(actorId: string | null, audited: Change[]): SQL {
  const rows = audited.map((c) => ({
    organization_id: c.organizationId,
    record_type: c.recordType,
    record_id: c.recordId,
    action: c.action,
    ...renameValues(changedValues(c.before ?? null, c.after ?? null)),
  }));
  return sql`INSERT INTO audit_log (organization_id, actor_id, record_type, record_id, action, old_values, new_values)
    SELECT r.organization_id, ${actorId}::uuid, r.record_type, r.record_id, r.action, r.old_values, r.new_values
    FROM ROWS FROM (jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS (organization_id uuid, record_type text, record_id uuid, action text, old_values jsonb, new_values jsonb)) WITH ORDINALITY AS r
    ORDER BY r.ordinality`;
}

const renameValues = (v: { oldValues: unknown; newValues: unknown }) => ({ old_values: v.oldValues, new_values: v.newValues });

/**
 * Event ids must increase in commit order within an organization so a client resuming "after
 * id N" misses nothing: the insert first takes each organization's outbox lock (in one order,
 * held to commit), and only then draws ids, in the order the changes happened. It is part of
 * the transaction's last statement, so the lock is brief.
 */
function outboxWrite(actorId: string | null, events: Change[]): SQL {
  const orgIds = [...new Set(events.map((c) => c.organizationId))];
  const rows = events.map((c) => ({
    organization_id: c.organizationId,
    type: c.event,
    record_type: c.recordType,
    record_id: c.recordId,
    data: c.eventData ?? c.after ?? null,
  }));
  return sql`INSERT INTO outbox_events (organization_id, type, record_type, record_id, actor_id, data)
    SELECT r.organization_id, r.type, r.record_type, r.record_id, ${actorId}::uuid, r.data
    FROM (SELECT count(pg_advisory_xact_lock(7420002, hashtext(o)))
          FROM (SELECT unnest(${sqlArray(orgIds)}::text[]) AS o ORDER BY 1) AS orgs) AS locked
    CROSS JOIN ROWS FROM (jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS (organization_id uuid, type text, record_type text, record_id uuid, data jsonb)) WITH ORDINALITY AS r
    ORDER BY r.ordinality`;
}

/**
 * One statement for everything the transaction records: each write is a data-modifying CTE
 * (PostgreSQL runs every one of them to completion). Rows travel as one JSON parameter, so
 * a 10,000-row import stays far under PostgreSQL's 65,535-parameter limit.
 */
async function writeChanges(tx: Tx, actorId: string | null, changes: Change[], extra: SQLWrapper[]) {
  const audited = changes.filter((c) => c.audit !== false);
  const events = changes.filter((c) => c.event);
  const writes: SQLWrapper[] = [...extra];
  if (audited.length > 0) writes.push(auditWrite(actorId, audited));
  if (events.length > 0) writes.push(outboxWrite(actorId, events));
  if (writes.length === 0) return;
  const ctes = sql.join(
    writes.map((w, i) => sql`${sql.raw(`w${i}`)} AS (${w.getSQL()})`),
    sql`, `,
  );
  await tx.execute(sql`WITH ${ctes} SELECT 1`);
}
