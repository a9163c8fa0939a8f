/**
 * Benchmark: the web production grid scrolling a 10,000-shot project in a real browser.
 *
 * Starts a throw-away PostgreSQL and the server with the built web app (run
 * `npm run build -w apps/web` first), loads the grid benchmark's data (10,000 shots × 10 task
 * types, lib/tracking-data.ts), signs in in headless Chromium (playwright-core,
 * /usr/bin/chromium, --no-sandbox --disable-gpu: software rendering), opens the project's grid
 * and scrolls it top to bottom by a fixed step per frame (lib/scroll-probe.ts). The grid loads
 * its cursor pages of 200 rows as the scroll nears the end of the loaded rows, as a user's
 * scrolling would make it.
 *
 * Prints frame times (p50/p95/p99/max, frames over 50 ms), the time until the rows in view
 * were rendered after each scroll step, and how long each page took to arrive at the end of
 * the loaded rows. Environment: BENCH_SCROLL_STEPS (px per frame, comma list, default 80,240),
 * BENCH_VIEWPORT (default 1440x900), BENCH_SCROLL_TIMEOUT (s per run, default 900), BENCH_JSON
 * (write every sample), CHROMIUM (path).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium } from "playwright-core";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../apps/server/src/platform/db/embedded-postgres";
import { createLogger } from "../apps/server/src/platform/logger";
import { type ServerProcess, setUp, spawnServer, stopServer, waitUntilHealthy } from "./lib/backlot-server";
import { fmt } from "./lib/report";
import { type ScrollProbeResult, scrollProbe } from "./lib/scroll-probe";
import { percentile } from "./lib/stats";
import { generateShots, loadShots, SHOTS } from "./lib/tracking-data";
import { setUpTrackingProject } from "./lib/tracking-setup";

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);

const STEPS = (process.env.BENCH_SCROLL_STEPS ?? "80,240").split(",").map(Number);
const RUN_TIMEOUT_MS = Number(process.env.BENCH_SCROLL_TIMEOUT ?? 900) * 1000;
const [WIDTH, HEIGHT] = (process.env.BENCH_VIEWPORT ?? "1440x900").split("x").map(Number) as [number, number];
const WEB_DIST = path.resolve(import.meta.dirname, "../apps/web/dist/index.html");
const PASSWORD = "bench-marking-the-backlot-api"; // setUp's user (lib/backlot-server.ts)
const log = createLogger("warn");

function summary(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const over50 = sorted.filter((f) => f > 50).length;
  const pct = (p: number) => fmt(percentile(sorted, p), 1);
  return `${label}: n=${sorted.length} p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${fmt(sorted.at(-1) ?? Number.NaN, 1)} ms, > 50 ms: ${over50}`;
}

async function loadProject(base: string, databaseUrl: string) {
  const ctx = await setUp(base);
  const project = await setUpTrackingProject(base, ctx.token, ctx.orgA, "GRID");
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const { rows, summary: data } = generateShots(project, SHOTS);
    await loadShots(pool, project, ctx.userId, rows);
    await pool.query("VACUUM (ANALYZE) entities, tasks, task_assignees");
    console.log(`Loaded ${data.shots} shots, ${data.tasks} tasks, ${data.assigned} assignments.`);
  } finally {
    await pool.end();
  }
  return { orgId: ctx.orgA, projectId: project.projectId };
}

async function scrollRuns(base: string, gridUrl: string): Promise<Record<number, ScrollProbeResult>> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const results: Record<number, ScrollProbeResult> = {};
    for (const step of STEPS) {
      // A fresh context per run: the grid starts from its first page each time.
      const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
      const origin = new URL(base).origin;
      const signIn = await context.request.post(`${base}/api/auth/sign-in/email`, {
        data: { email: "bench@example.test", password: PASSWORD },
        headers: { origin },
      });
      if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()} ${await signIn.text()}`);
      const page = await context.newPage();
      // tsx (esbuild keepNames) wraps named functions in __name(); scrollProbe runs in the page.
      await page.addInitScript("globalThis.__name = (target) => target;");
      await page.goto(gridUrl);
      await page
        .locator(".ag-grid-scrolling-container [data-testid=task-cell]")
        .first()
        .waitFor({ timeout: 60_000 })
        .catch(async (err) => {
          const shot = path.join(os.tmpdir(), "grid-scroll-failure.png");
          await page.screenshot({ path: shot });
          throw new Error(`the grid did not show at ${page.url()} (screenshot: ${shot}): ${err}`);
        });
      await page.waitForTimeout(1000); // let the first paint and the socket settle
      const result = await page.evaluate(scrollProbe, { step, totalRows: SHOTS, timeoutMs: RUN_TIMEOUT_MS });
      results[step] = result;
      console.log(
        `\nScrolling ${step} px a frame: ${result.steps} steps (${result.stuck} stuck > 10 s), ${result.rowsLoaded} rows loaded in ${fmt(result.elapsedMs / 1000, 1)} s`,
      );
      console.log(`  ${summary("frame time", result.frames)}`);
      console.log(`  ${summary("rows in view rendered after a step", result.fills)}`);
      console.log(`  ${summary("next page at the end of the loaded rows", result.pageWaits)}`);
      console.log(`  DOM elements (max while scrolling): ${result.domNodesMax}`);
      if (result.rowsLoaded < SHOTS) throw new Error(`only ${result.rowsLoaded} of ${SHOTS} rows were reached`);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!fs.existsSync(WEB_DIST)) throw new Error("No built web app: run `npm run build -w apps/web` first.");
  const load = os.loadavg().map((l) => l.toFixed(2));
  console.log(`Load average at start: ${load.join(", ")} (${os.availableParallelism()} CPUs)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-grid-scroll-"));
  fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as the 'postgres' user
  let database: EmbeddedDatabase | null = null;
  let server: ServerProcess | null = null;
  try {
    database = await startEmbeddedPostgres(path.join(tmp, "db"), log, "backlot_bench");
    server = await spawnServer(database.url, path.join(tmp, "server"), { web: true });
    const base = (await waitUntilHealthy(server)).replace("127.0.0.1", "localhost");
    const { orgId, projectId } = await loadProject(base, database.url);
    const results = await scrollRuns(base, `${base}/o/${orgId}/tracking/projects/${projectId}/grid`);
    console.log(
      `\nLoad average at end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(", ")}`,
    );
    if (process.env.BENCH_JSON)
      fs.writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ loadAtStart: load, viewport: [WIDTH, HEIGHT], results }, null, 2)}\n`);
  } finally {
    await stopServer(server?.child).catch((err) => console.error("stopping the server failed:", err));
    await database?.stop().catch((err) => console.error("stopping PostgreSQL failed:", err));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
