/**
 * Benchmark: the web app's first load (cold HTTP cache) in headless Chromium, for one or more
 * builds of the web app, so that a bundle change can be compared with what it replaces.
 *
 * BENCH_WEB_DISTS="before=/tmp/old-dist,after=apps/web/dist" (default: current=apps/web/dist).
 * For each build the server is started on the demo data (one throw-away data dir, seeded on the
 * first start, reused by the next builds) with BACKLOT_WEB_DIST pointing at the build, and for
 * each network profile, BENCH_LOADS times, each in a fresh browser context:
 *   sign-in   /sign-in signed out: ms to the sign-in button painted, bytes fetched
 *   people    /o/:org/people signed in (the landing page): ms to the navigation (the app shell)
 *             and to the people table painted, long tasks before the shell, bytes fetched
 *   →tracking then a click on "Tracking" in the navigation: ms to the project cards, bytes
 * Prints medians per build and profile as a Markdown table; BENCH_JSON writes every load.
 * BENCH_SCREENSHOTS=<dir> saves a few pages after a cold load of the last build.
 * Everything it starts is stopped at the end, also on failure.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { stopServer } from "./lib/backlot-server";
import { type NetworkProfile, type PageLoad, loadPage, navigateByLink } from "./lib/first-load-probe";
import { fmt } from "./lib/report";
import { guardRun } from "./lib/run-guard";
import { percentile } from "./lib/stats";

const repoRoot = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3401);
const base = `http://localhost:${port}`;
const loads = Number(process.env.BENCH_LOADS ?? 5);
const dists = (process.env.BENCH_WEB_DISTS ?? "current=apps/web/dist").split(",").map((pair) => {
  const [label, dir] = pair.split("=");
  return { label: label ?? "", dir: path.resolve(repoRoot, dir ?? "") };
});
const profiles: NetworkProfile[] = [
  { name: "loopback", downloadKbps: null, latencyMs: 0 },
  // A studio's VPN or a home connection: 20 Mbit/s, 40 ms round trip.
  { name: "20 Mbit/s, 40 ms", downloadKbps: 20_000, latencyMs: 40 },
];
const demo = { email: "manager@demo.backlot.dev", password: "northlight-demo-reel" };

let dataDir: string | null = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-first-load-"));
// As root, embedded PostgreSQL runs initdb as the postgres user, who must reach the directory.
fs.chmodSync(dataDir, 0o755);
let server: ChildProcess | null = null;
let browser: Browser | null = null;
let cleaningUp: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    await browser?.close().catch(() => {});
    browser = null;
    await stopServer(server ?? undefined).catch((err) => console.error("stopping the server failed:", err));
    server = null;
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    dataDir = null;
  })();
  return cleaningUp;
}
const watchdog = guardRun(cleanup, 20 * 60_000);

/** The server with its embedded PostgreSQL and the demo studio, serving `webDist`. */
async function startServer(webDist: string) {
  if (!fs.existsSync(path.join(webDist, "index.html"))) throw new Error(`${webDist} has no index.html: build the web app first`);
  const output: string[] = [];
  server = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      BACKLOT_DATA_DIR: dataDir ?? "",
      BACKLOT_DEMO: "1",
      BACKLOT_WEB_DIST: webDist,
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (c: Buffer) => output.push(c.toString()));
  server.stderr?.on("data", (c: Buffer) => output.push(c.toString()));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited:\n${output.join("")}`);
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    // The demo is seeded before the server listens, so healthy means ready to sign in.
    if (up) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server not healthy in 180 s:\n${output.join("")}`);
}

/** Signs the demo manager in once; returns the session to reuse and their organization. */
async function signIn(b: Browser) {
  const context = await b.newContext({ baseURL: base });
  const res = await context.request.post("/api/auth/sign-in/email", { data: demo, headers: { origin: base } });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
  const me = (await (await context.request.get("/api/v1/me")).json()) as { memberships: { organizationId: string }[] };
  const state = await context.storageState();
  await context.close();
  return { state, orgId: me.memberships[0]?.organizationId ?? "" };
}

type Run = { signIn: PageLoad; people: PageLoad; tracking: { ms: number; bytes: number; jsBytes: number } };

async function oneRun(b: Browser, session: Awaited<ReturnType<typeof signIn>>, network: NetworkProfile): Promise<Run> {
  const signedOut = await b.newContext({ baseURL: base, viewport: { width: 1360, height: 860 } });
  const a = await loadPage(signedOut, "/sign-in", { form: "button[type=submit]" }, network);
  await signedOut.close();
  const signedIn = await b.newContext({ baseURL: base, viewport: { width: 1360, height: 860 }, storageState: session.state });
  const p = await loadPage(signedIn, `/o/${session.orgId}/people`, { shell: "nav[aria-label=Main]", content: "[data-testid=person-row]" }, network);
  const tracking = await navigateByLink(p.page, p.transfer, "Tracking", "[data-testid=project-card]");
  await signedIn.close();
  return { signIn: a.load, people: p.load, tracking };
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((x, y) => x - y),
    50,
  );
const kib = (bytes: number) => fmt(bytes / 1024, 0);

function printTable(results: { dist: string; network: string; runs: Run[] }[]) {
  console.log(`\nMedians of ${loads} cold loads (fresh browser context each).`);
  console.log(
    "| Build | Network | sign-in: form ms | sign-in KiB (JS) | people: shell ms | people: table ms | long tasks before shell ms | people KiB (JS files) | → Tracking ms | → Tracking KiB |",
  );
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const { dist, network, runs } of results) {
    const m = (f: (r: Run) => number) => median(runs.map(f));
    console.log(
      `| ${dist} | ${network} | ${fmt(
        m((r) => r.signIn.marks.form ?? 0),
        0,
      )} | ${kib(m((r) => r.signIn.transfer.bytes))} (${kib(m((r) => r.signIn.transfer.jsBytes))}) | ${fmt(
        m((r) => r.people.marks.shell ?? 0),
        0,
      )} | ${fmt(
        m((r) => r.people.marks.content ?? 0),
        0,
      )} | ${fmt(
        m((r) => r.people.longTaskMs),
        0,
      )} | ${kib(m((r) => r.people.transfer.bytes))} (${kib(m((r) => r.people.transfer.jsBytes))} in ${m((r) => r.people.transfer.jsFiles)}) | ${fmt(
        m((r) => r.tracking.ms),
        0,
      )} | ${kib(m((r) => r.tracking.bytes))} |`,
    );
  }
}

async function screenshots(b: Browser, session: Awaited<ReturnType<typeof signIn>>, dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  const routes = ["people", "tracking", "booking", "my-tasks", "inbox", "settings/general"];
  for (const route of routes) {
    const context = await b.newContext({ baseURL: base, viewport: { width: 1360, height: 860 }, storageState: session.state });
    const page = await context.newPage();
    await page.goto(`/o/${session.orgId}/${route}`, { waitUntil: "networkidle" });
    await page.screenshot({ path: path.join(dir, `${route.replace("/", "-")}.png`) });
    await context.close();
  }
}

async function main() {
  console.log(
    `Load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; ${os.cpus().length} CPUs.`,
  );
  const results: { dist: string; network: string; runs: Run[] }[] = [];
  for (const dist of dists) {
    await startServer(dist.dir);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    const session = await signIn(browser);
    await oneRun(browser, session, profiles[0] as NetworkProfile); // warms the server, not the browser cache
    for (const network of profiles) {
      const runs: Run[] = [];
      for (let i = 0; i < loads; i++) runs.push(await oneRun(browser, session, network));
      results.push({ dist: dist.label, network: network.name, runs });
      console.log(`${dist.label}, ${network.name}: done`);
    }
    if (process.env.BENCH_SCREENSHOTS && dist === dists.at(-1)) await screenshots(browser, session, process.env.BENCH_SCREENSHOTS);
    await browser.close();
    browser = null;
    await stopServer(server ?? undefined);
    server = null;
  }
  printTable(results);
  console.log(
    `Load average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
}

main()
  .then(() => cleanup())
  .then(() => {
    clearTimeout(watchdog);
    process.exit(0);
  })
  .catch(async (err) => {
    console.error(err);
    await cleanup();
    process.exit(1);
  });
