/**
 * Benchmark: the scheduler page with 500 people × 90 days (SPEC BOOK-7, issue 4: "shows 500
 * resources × 90 days with data in under a second and scrolls smoothly").
 *
 * One throw-away PostgreSQL; the server is spawned against it with the built web app (built
 * first if its sources changed). The data set is booking.bench.ts's (lib/booking-data.ts), at
 * 500 people × BENCH_PER_PERSON bookings 10 days apart from January 2019, so every person has
 * about nine bookings (holds and confirmed) and some time off in the 91-day window measured.
 *
 * In headless Chromium (playwright-core, /usr/bin/chromium), signed in as the bench user:
 *   load    BENCH_LOADS times, a new tab on /o/:org/booking?start=…: ms from navigation start
 *           to the first animation frame with booking bars in the DOM (the first run has a
 *           cold HTTP cache), with the scheduler request's own timing beside it
 *   scroll  BENCH_SCROLLS times, the grid scrolled from the first row to the last, BENCH_STEP
 *           px per animation frame: frame times p50/p95/max, frames over 25 ms and over 50 ms
 *
 * Prints figures and machine load; BENCH_JSON writes them to a file, BENCH_SCREENSHOTS=<dir>
 * saves the page in light and dark. It does not write RESULTS.md. Everything it starts is stopped at the end, also on failure.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "../apps/server/src/platform/db/embedded-postgres";
import { createLogger } from "../apps/server/src/platform/logger";
import { type ServerProcess, setUp, spawnServer, stopServer, waitUntilHealthy } from "./lib/backlot-server";
import { seedBookingData } from "./lib/booking-data";
import { machineBusy } from "./lib/cpu-account";
import { fmt } from "./lib/report";
import { type LoadFigures, measureLoad, measureScroll, type ScrollFigures } from "./lib/scheduler-probe";
import { percentile } from "./lib/stats";
import { guardRun } from "./lib/run-guard";

const settings = {
  loads: Number(process.env.BENCH_LOADS ?? 6),
  scrolls: Number(process.env.BENCH_SCROLLS ?? 3),
  stepPx: Number(process.env.BENCH_STEP ?? 60),
};
const data = { people: 500, perPerson: Number(process.env.BENCH_PER_PERSON ?? 40), projects: 20, spacingDays: 10 };
/** A Monday well inside the data: 2019-01-07 + 150 days … + 91. */
const windowStart = "2019-06-03";
const repoRoot = path.resolve(import.meta.dirname, "..");
const WATCHDOG_MS = 15 * 60_000;

let tmpDir: string | null = null;
let database: EmbeddedDatabase | null = null;
let server: ServerProcess | null = null;
let browser: Browser | null = null;
let cleaningUp: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    await browser?.close().catch(() => {});
    browser = null;
    const child = server?.child;
    server = null;
    await stopServer(child).catch((err) => console.error("stopping the server failed:", err));
    await database?.stop().catch((err) => console.error("stopping PostgreSQL failed:", err));
    database = null;
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
    tmpDir = null;
  })();
  return cleaningUp;
}
const watchdog = guardRun(cleanup, WATCHDOG_MS);

async function seed(dbUrl: string, base: string) {
  const ctx = await setUp(base);
  const client = new pg.Client({ connectionString: dbUrl, application_name: "backlot-bench-loader" });
  await client.connect();
  try {
    const n = await seedBookingData(client, ctx.orgA, ctx.userId, data, () => {});
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM bookings WHERE organization_id = $1 AND ends_at > $2::date AND starts_at < $2::date + 91",
      [ctx.orgA, windowStart],
    );
    console.log(`Seeded ${n.toLocaleString("en")} bookings; ${rows[0]?.n.toLocaleString("en")} of them in the 91-day window.`);
  } finally {
    await client.end();
  }
  return ctx;
}

/** The window's last row by the API (the page must reach it when scrolled to the bottom). */
async function lastRowName(base: string, token: string, orgId: string) {
  const res = await fetch(`${base}/api/v1/organizations/${orgId}/scheduler?from=${windowStart}&to=2019-09-02&limit=1000`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const w = (await res.json()) as { rows: { name: string }[] };
  return { count: w.rows.length, last: w.rows.at(-1)?.name ?? "" };
}

/** BENCH_SCREENSHOTS=<dir>: the 500-person scheduler in light and dark, to look at. */
async function screenshots(context: BrowserContext, url: string, dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  for (const scheme of ["light", "dark"] as const) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await page.locator("[data-booking-id]").first().waitFor();
    await page.screenshot({ path: path.join(dir, `scheduler-500-${scheme}.png`) });
    await page.close();
  }
}

function printFigures(loads: LoadFigures[], scrolls: ScrollFigures[]) {
  console.log("\n| Load | bars visible ms | scheduler request sent → received ms | response KiB | DOMContentLoaded ms | rows | bars in DOM |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const [i, l] of loads.entries())
    console.log(
      `| ${i === 0 ? "1 (cold cache)" : i + 1} | ${fmt(l.barsVisibleMs, 0)} | ${fmt(l.windowRequestStartMs, 0)} → ${fmt(l.windowResponseEndMs, 0)} | ${fmt(l.windowBytes / 1024, 0)} | ${fmt(l.domContentLoadedMs, 0)} | ${l.rows} | ${l.barsInDom} |`,
    );
  const warm = loads
    .slice(1)
    .map((l) => l.barsVisibleMs)
    .sort((a, b) => a - b);
  console.log(
    `\nBars visible, warm loads: p50 ${fmt(percentile(warm, 50), 0)} ms, max ${fmt(warm.at(-1) ?? Number.NaN, 0)} ms; cold: ${fmt(loads[0]?.barsVisibleMs ?? Number.NaN, 0)} ms.`,
  );
  console.log("\n| Scroll | frames | p50 ms | p95 ms | max ms | > 25 ms | > 50 ms | px | s | rows in DOM | last row |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const [i, s] of scrolls.entries())
    console.log(
      `| ${i + 1} | ${s.frames} | ${fmt(s.p50, 1)} | ${fmt(s.p95, 1)} | ${fmt(s.max, 1)} | ${s.droppedFrames} | ${s.longFrames} | ${s.scrolledPx} | ${fmt(s.seconds, 1)} | ${s.rowsInDom} | ${s.lastRow} |`,
    );
}

async function main() {
  const loadAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  console.log(`Load average ${loadAtStart.join(", ")}; CPU busy before: ${await machineBusy(1000)}% of one core.`);
  execFileSync(process.execPath, ["scripts/build-web-if-needed.mjs"], { cwd: repoRoot, stdio: "inherit" });
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-bench-"));
  fs.chmodSync(tmpDir, 0o755);
  database = await startEmbeddedPostgres(path.join(tmpDir, "db"), createLogger("warn"), "backlot_bench");
  server = await spawnServer(database.url, path.join(tmpDir, "server"), { web: true });
  const base = await waitUntilHealthy(server);
  const ctx = await seed(database.url, base);
  const expected = await lastRowName(base, ctx.token, ctx.orgA);
  // The server trusts its public origin, http://localhost:<port>, for sign-in.
  const origin = `http://localhost:${new URL(base).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const signIn = await context.request.post(`${origin}/api/auth/sign-in/email`, {
    data: { email: "bench@example.test", password: "bench-marking-the-backlot-api" },
    headers: { Origin: origin },
  });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()} ${await signIn.text()}`);
  const url = `${origin}/o/${ctx.orgA}/booking?start=${windowStart}`;
  const loads: LoadFigures[] = [];
  const scrolls: ScrollFigures[] = [];
  for (let i = 0; i < settings.loads; i++) {
    const page = await context.newPage();
    loads.push(await measureLoad(page, url));
    if (i === settings.loads - 1) for (let s = 0; s < settings.scrolls; s++) scrolls.push(await measureScroll(page, settings.stepPx));
    await page.close();
  }
  printFigures(loads, scrolls);
  if (process.env.BENCH_SCREENSHOTS) await screenshots(context, url, process.env.BENCH_SCREENSHOTS);
  const problems = [
    ...loads.filter((l) => l.rows !== expected.count).map((l) => `a load showed ${l.rows} rows, the API has ${expected.count}`),
    ...scrolls.filter((s) => s.lastRow !== expected.last).map((s) => `scrolling ended at ${s.lastRow}, not the last row ${expected.last}`),
  ];
  const machine = {
    date: new Date().toISOString(),
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: os.loadavg(),
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model,
    node: process.version,
    data,
    windowStart,
    browser: browser.version(),
  };
  console.log("\nMachine:", JSON.stringify(machine));
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ machine, settings, loads, scrolls }, null, 2)}\n`);
  for (const p of problems) console.error(`PROBLEM: ${p}`);
  return problems.length === 0 ? 0 : 1;
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
