/**
 * Node CPU per production-grid request, in process: the server is built in this process
 * (buildApp), requests go through `app.inject` (no sockets), and `process.cpuUsage()` around a
 * run of sequential requests gives the server's CPU per request. PostgreSQL runs in its own
 * processes and is not counted. Steadier on a shared machine than latency (RESULTS.md
 * "Where the time goes"); it answers "what does the route itself cost", not "how fast is it".
 *
 * Same data as tracking-grid.bench.ts (10,000 shots × 10 task types, lib/tracking-data.ts).
 * Environment: BENCH_REQUESTS (per scenario, default 200), BENCH_WARMUP_REQUESTS (default 30),
 * BENCH_SCENARIOS (comma list of page,status,assignee,custom,deep).
 *
 *   npm run bench:grid-cpu -w bench
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { buildApp } from "../apps/server/src/app";
import { loadConfig } from "../apps/server/src/platform/config/config";
import { startEmbeddedPostgres } from "../apps/server/src/platform/db/embedded-postgres";
import { runMigrations } from "../apps/server/src/platform/db/migrate";
import { encodeCursor } from "../apps/server/src/platform/http/pagination";
import { createLogger } from "../apps/server/src/platform/logger";
import { createRuntime } from "../apps/server/src/platform/runtime";
import { setUp } from "./lib/backlot-server";
import { gridScenarios } from "./lib/grid-scenarios";
import { fmt } from "./lib/report";
import { percentile } from "./lib/stats";
import { generateShots, loadShots, SHOTS } from "./lib/tracking-data";
import { setUpTrackingProject } from "./lib/tracking-setup";

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP_REQUESTS ?? 30);
const ONLY = process.env.BENCH_SCENARIOS?.split(",");
const log = createLogger("warn");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-grid-cpu-"));
  fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the 'postgres' user
  const database = await startEmbeddedPostgres(path.join(tmp, "db"), log, "backlot_bench");
  const cleanups: (() => Promise<unknown>)[] = [async () => database.stop(), async () => fs.rmSync(tmp, { recursive: true, force: true })];
  try {
    await runMigrations(database.url);
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      HOST: "127.0.0.1",
      BACKLOT_DATA_DIR: path.join(tmp, "server"),
      BACKLOT_PUBLIC_URL: `http://localhost:${port}`,
      BACKLOT_DEMO: "0",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      BACKLOT_WEB_DIST: path.join(tmp, "no-web"),
    });
    const runtime = await createRuntime(config, log, database.url);
    const app = await buildApp(runtime);
    await app.listen({ port, host: "127.0.0.1" });
    cleanups.unshift(
      () => app.close(),
      () => runtime.close(),
    );
    const base = `http://127.0.0.1:${port}`;
    const pool = new pg.Pool({ connectionString: database.url, max: 4 });
    cleanups.unshift(() => pool.end());

    const ctx = await setUp(base);
    const project = await setUpTrackingProject(base, ctx.token, ctx.orgA, "GRID");
    const { rows, summary } = generateShots(project, SHOTS);
    await loadShots(pool, project, ctx.userId, rows);
    await pool.query("VACUUM (ANALYZE) entities, tasks, task_assignees");
    console.log(`Loaded ${summary.shots} shots, ${summary.tasks} tasks. ${REQUESTS} requests per scenario after ${WARMUP} warm-up.`);

    const headers = { authorization: `Bearer ${ctx.token}` };
    console.log("\n| scenario | Node CPU ms/request | wall p50 ms | wall p95 ms | answer KB |\n| --- | --: | --: | --: | --: |");
    for (const s of await gridScenarios(pool, project)) {
      if (ONLY && !ONLY.includes(s.name)) continue;
      const url = `${s.path}${s.after ? `&cursor=${encodeCursor(s.after)}` : ""}`;
      const get = async () => {
        const res = await app.inject({ method: "GET", url, headers });
        if (res.statusCode !== 200) throw new Error(`${s.name}: ${res.statusCode} ${res.body.slice(0, 300)}`);
        return res.rawPayload.length;
      };
      for (let i = 0; i < WARMUP; i++) await get();
      const walls: number[] = [];
      let bytes = 0;
      const cpu = process.cpuUsage();
      for (let i = 0; i < REQUESTS; i++) {
        const t = performance.now();
        bytes = await get();
        walls.push(performance.now() - t);
      }
      const used = process.cpuUsage(cpu);
      walls.sort((a, b) => a - b);
      const cpuMs = (used.user + used.system) / 1000 / REQUESTS;
      console.log(`| ${s.label} | ${fmt(cpuMs, 1)} | ${fmt(percentile(walls, 50), 1)} | ${fmt(percentile(walls, 95), 1)} | ${fmt(bytes / 1024, 0)} |`);
    }
    console.log(
      `\nload average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")}; ${os.availableParallelism()} CPUs; Node ${process.version}`,
    );
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((err) => console.error("cleanup failed:", err));
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
