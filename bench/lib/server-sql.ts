/**
 * The SQL the server runs, run straight through `pg` for the floor the API is compared with.
 * It mirrors the server's code (files named on each function); keep it in step when that changes.
 */
import crypto from "node:crypto";
import type pg from "pg";
import type { PersonBody } from "./people-data";

export const listSql = `SELECT organization_id, id, display_name, email, phone, department, title, user_id, active, archived_at, custom, version, created_at, updated_at, created_by, updated_by
  FROM people
  WHERE organization_id = $1 AND archived_at IS NULL AND active = true
  ORDER BY lower(display_name), id
  LIMIT $2`;

const tokenSql = `SELECT api_tokens.id, users.id AS user_id, users.name, users.email
  FROM api_tokens INNER JOIN users ON users.id = api_tokens.user_id
  WHERE api_tokens.token_hash = $1 AND api_tokens.revoked_at IS NULL AND (api_tokens.expires_at IS NULL OR api_tokens.expires_at > $2)`;

/** A time-ordered UUID, like the server's ids (uuidv7), so index inserts behave the same. */
function uuidv7(): string {
  const b = crypto.randomBytes(16);
  const ms = Date.now();
  b.writeUIntBE(Math.floor(ms / 2 ** 16), 0, 4);
  b.writeUInt16BE(ms % 2 ** 16, 4);
  b[6] = ((b[6] as number) & 0x0f) | 0x70;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type PersonDbRow = {
  organization_id: string;
  id: string;
  display_name: string;
  email: string | null;
  phone: string | null;
  department: string | null;
  title: string | null;
  user_id: string | null;
  active: boolean;
  archived_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  updated_by: string | null;
};

/** As people.presenter.ts. */
function present(r: PersonDbRow) {
  return {
    id: r.id,
    organizationId: r.organization_id,
    displayName: r.display_name,
    email: r.email,
    phone: r.phone,
    department: r.department,
    title: r.title,
    userId: r.user_id,
    active: r.active,
    archivedAt: r.archived_at?.toISOString() ?? null,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    createdBy: r.created_by,
    updatedBy: r.updated_by,
  };
}

const ignoredFields = new Set(["version", "createdAt", "updatedAt", "createdBy", "updatedBy", "myRole"]);

/** INSERT person + audit_log + advisory lock + outbox_events in one transaction, as people.service.ts + audit/changes.ts. */
export async function createPersonSql(db: pg.Pool, orgId: string, userId: string, body: PersonBody) {
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<PersonDbRow>(
      `INSERT INTO people (organization_id, id, display_name, email, phone, department, title, user_id, active, created_by, updated_by)
       VALUES ($1, $2, $3, $4, NULL, $5, $6, NULL, true, $7, $7)
       RETURNING organization_id, id, display_name, email, phone, department, title, user_id, active, archived_at, custom, version, created_at, updated_at, created_by, updated_by`,
      [orgId, uuidv7(), body.displayName, body.email, body.department, body.title, userId],
    );
    const after = present(rows[0] as PersonDbRow);
    const newValues = Object.fromEntries(Object.entries(after).filter(([k, v]) => !ignoredFields.has(k) && v !== null));
    await client.query(
      "INSERT INTO audit_log (organization_id, actor_id, record_type, record_id, action, old_values, new_values) VALUES ($1, $2, 'person', $3, 'create', NULL, $4)",
      [orgId, userId, after.id, JSON.stringify(newValues)],
    );
    await client.query("SELECT pg_advisory_xact_lock(7420002, hashtext($1))", [orgId]);
    await client.query(
      "INSERT INTO outbox_events (organization_id, type, record_type, record_id, actor_id, data) VALUES ($1, 'person.created', 'person', $2, $3, $4)",
      [orgId, after.id, userId, JSON.stringify(after)],
    );
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/**
 * What every /api/v1 request runs before its own SQL: actor.ts + require-access.ts.
 * The unawaited last_used_at UPDATE is added to `inFlight` (and removed when it settles), so the
 * caller can wait for the stragglers between runs.
 */
export async function authSql(db: pg.Pool, tokenHash: string, orgId: string, inFlight: Set<Promise<void>>) {
  const { rows } = await db.query<{ id: string; user_id: string }>(tokenSql, [tokenHash, new Date()]);
  const row = rows[0];
  if (!row) throw new Error("token not found");
  // Not awaited, as in actor.ts; tracked only so that one run's leftovers do not spill into the next.
  const touch = db.query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2", [new Date(), row.id]).then(
    () => {},
    () => {},
  );
  inFlight.add(touch);
  void touch.finally(() => inFlight.delete(touch));
  const m = await db.query("SELECT id, role FROM memberships WHERE organization_id = $1 AND user_id = $2", [orgId, row.user_id]);
  if (m.rowCount !== 1) throw new Error("not a member");
  await db.query("SELECT scope_type, scope_id, role FROM scoped_memberships WHERE organization_id = $1 AND user_id = $2", [orgId, row.user_id]);
  return row.user_id;
}
