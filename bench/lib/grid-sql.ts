/**
 * The SQL of one GET …/projects/:projectId/grid request, taken from the server's own code rather
 * than copied: the route's repository functions (access, project, field definitions, grid page,
 * tasks of the page, count) run once on a Drizzle instance whose logger records each statement
 * and its parameters. The raw `pg` targets replay those statements; EXPLAIN ANALYZE runs them.
 * Only the bearer-token lookup is written out here, as actor.ts does it (it is not exported).
 */
import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import { loadAccess } from "../../apps/server/src/modules/core/access/access.repo";
import { listFieldDefinitions } from "../../apps/server/src/modules/tracking/fields/fields.repo";
import { type GridFilter, gridPage, gridTotal } from "../../apps/server/src/modules/tracking/grid/grid.repo";
import { getProject } from "../../apps/server/src/modules/tracking/projects/projects.repo";
import * as trackingSchema from "../../apps/server/src/modules/tracking/tracking.schema";
import type { Db } from "../../apps/server/src/platform/db/pool";
import * as coreSchema from "../../apps/server/src/platform/db/schema";

export type Statement = { sql: string; params: unknown[] };

/** Every statement of one grid request, by its part in the route (grid.routes.ts). */
export type GridRequestSql = {
  access: Statement;
  project: Statement;
  fields: Statement | null;
  page: Statement;
  tasks: Statement | null;
  count: Statement;
  /** What the server's page query returned, for the sanity checks. */
  pageIds: string[];
  total: number;
};

const tokenSql = `SELECT api_tokens.id, users.id AS user_id, users.name, users.email
  FROM api_tokens INNER JOIN users ON users.id = api_tokens.user_id
  WHERE api_tokens.token_hash = $1 AND api_tokens.revoked_at IS NULL AND (api_tokens.expires_at IS NULL OR api_tokens.expires_at > $2)`;
// actor.ts writes last_used_at at most once a minute, without awaiting it.
const touchSql = "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $3)";

/** Runs the route's repository calls once, in the route's order, and records their SQL. */
export async function captureGridSql(
  pool: pg.Pool,
  ids: { orgId: string; projectId: string; userId: string },
  filter: GridFilter,
  limit: number,
  after: [string, string] | null,
): Promise<GridRequestSql> {
  const log: Statement[] = [];
  const db = drizzle(pool, { schema: { ...coreSchema, ...trackingSchema }, logger: { logQuery: (sql, params) => log.push({ sql, params }) } }) as unknown as Db;
  const take = () => log.splice(0, log.length);
  await loadAccess(db, ids.orgId, ids.userId);
  const [access] = take();
  await getProject(db, ids.orgId, ids.projectId);
  const [project] = take();
  let fields: Statement | null = null;
  if (filter.custom.length > 0) {
    await listFieldDefinitions(db, ids.orgId, ids.projectId, { object: filter.typeKey });
    [fields = null] = take();
  }
  const { rows } = await gridPage(db, ids.orgId, ids.projectId, filter, limit, after);
  const [page, tasks = null] = take();
  const total = await gridTotal(db, ids.orgId, ids.projectId, filter);
  const [count] = take();
  if (!access || !project || !page || !count) throw new Error("a grid statement was not captured");
  return { access, project, fields, page, tasks, count, pageIds: rows.slice(0, limit).map((r) => r.id), total };
}

/** The grid's own statements as the route runs them: page then its tasks, beside the count. */
export async function runGridSql(db: pg.Pool, s: GridRequestSql): Promise<number> {
  const [pageRows] = await Promise.all([
    (async () => {
      const r = await db.query(s.page.sql, s.page.params);
      if (s.tasks) await db.query(s.tasks.sql, s.tasks.params);
      return r.rowCount ?? 0;
    })(),
    db.query(s.count.sql, s.count.params),
  ]);
  return pageRows;
}

/**
 * All the SQL of one request: token lookup (and its unawaited touch, tracked in `inFlight`),
 * access, project, field definitions when a custom filter is used, then the grid's own.
 */
export async function runRequestSql(db: pg.Pool, s: GridRequestSql, tokenHash: string, inFlight: Set<Promise<void>>): Promise<number> {
  const { rows } = await db.query<{ id: string }>(tokenSql, [tokenHash, new Date()]);
  const tokenId = rows[0]?.id;
  if (!tokenId) throw new Error("token not found");
  const touch = db.query(touchSql, [new Date(), tokenId, new Date(Date.now() - 60_000)]).then(
    () => {},
    () => {},
  );
  inFlight.add(touch);
  void touch.finally(() => inFlight.delete(touch));
  await db.query(s.access.sql, s.access.params);
  await db.query(s.project.sql, s.project.params);
  if (s.fields) await db.query(s.fields.sql, s.fields.params);
  return runGridSql(db, s);
}

/** EXPLAIN (ANALYZE, BUFFERS) of the page, tasks and count statements, as text lines. */
export async function explainGrid(db: pg.Pool, s: GridRequestSql): Promise<Record<"page" | "tasks" | "count", string[]>> {
  const explain = async (st: Statement | null) =>
    st ? (await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params)).rows.map((r) => r["QUERY PLAN"]) : [];
  return { page: await explain(s.page), tasks: await explain(s.tasks), count: await explain(s.count) };
}
