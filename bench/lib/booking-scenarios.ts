/** The booking benchmark's measured runs: create + confirm, create confirmed, scheduler window. */
import type pg from "pg";
import { type BookingData, bookingDataStart } from "./booking-data";
import { type Cpu, cpuAccount, quietWaiter } from "./cpu-account";
import { type LoadRun, runHttp, runLoop } from "./load";
import { fmt } from "./report";
import { summarize } from "./stats";

export type BookingScenario = "create+confirm" | "create confirmed" | "scheduler 500×90";
export type BookingRow = {
  scenario: BookingScenario;
  concurrency: number;
  ok: number;
  failed: number;
  perSecond: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
  /** create+confirm: p50 of each of the two requests. */
  steps?: { createP50: number; confirmP50: number; createP99: number; confirmP99: number };
  cpu: Cpu;
};

type Setup = {
  base: string;
  token: string;
  orgId: string;
  db: pg.Client;
  serverPid: number | undefined;
  postmasterPid: number | null;
  data: BookingData;
  durationS: number;
  warmupS: number;
  quietWaitMs: number;
};

/** The densest 90 days of the data set (every person has about nine bookings in it). */
const windowFrom = "2023-03-06";
const windowTo = "2023-06-04";
export const schedulerPath = (orgId: string) => `/api/v1/organizations/${orgId}/scheduler?from=${windowFrom}&to=${windowTo}&rows=people&limit=500`;

async function post(base: string, token: string, path: string, body: unknown, expect: number) {
  const res = await fetch(base + path, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== expect) throw new Error(`${path}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** A fresh free day for every call: after the data set, one person after another, two days apart. */
function freeDays(personIds: string[]) {
  let n = 0;
  const first = Date.parse("2027-01-04T00:00:00Z");
  return () => {
    const i = n++;
    const day = new Date(first + Math.floor(i / personIds.length) * 2 * 86_400_000).toISOString().slice(0, 10);
    return { personId: personIds[i % personIds.length] as string, startDate: day, endDate: day };
  };
}

/** One window fetched for its size and counts, and the plan of its bookings query (the one heavy statement). */
export async function schedulerSanity(base: string, token: string, orgId: string, db: pg.Client) {
  const res = await fetch(base + schedulerPath(orgId), { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`scheduler: ${res.status} ${text.slice(0, 300)}`);
  const w = JSON.parse(text) as { rows: { id: string }[]; bookings: unknown[]; timeOff: unknown[]; from: string; to: string };
  const plan = await db.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT b.* FROM bookings b
     WHERE b.organization_id = $1 AND b.bookable_id = ANY($2::uuid[]) AND b.ends_at > $3 AND b.starts_at < $4
       AND b.status IN ('hold', 'confirmed') ORDER BY b.starts_at, b.id`,
    [orgId, `{${w.rows.map((r) => r.id).join(",")}}`, w.from, w.to],
  );
  const readable = (line: string) => line.replace(/'\{[0-9a-f,-]{100,}\}'/g, "'{…the rows' ids…}'");
  return {
    rows: w.rows.length,
    bookings: w.bookings.length,
    timeOff: w.timeOff.length,
    bytes: text.length,
    plan: plan.rows.map((r) => readable(r["QUERY PLAN"])),
  };
}

function row(scenario: BookingScenario, concurrency: number, run: LoadRun, cpu: Cpu): BookingRow {
  return { scenario, concurrency, ok: run.ok, failed: run.failed, perSecond: run.ok / run.seconds, ...summarize(run.latencies), cpu };
}

export async function bookingScenarios(s: Setup): Promise<BookingRow[]> {
  const { rows: people } = await s.db.query<{ id: string }>("SELECT id FROM people WHERE organization_id = $1 ORDER BY id", [s.orgId]);
  const { rows: projects } = await s.db.query<{ id: string }>("SELECT id FROM projects WHERE organization_id = $1 ORDER BY code LIMIT 1", [s.orgId]);
  const projectId = projects[0]?.id as string;
  const next = freeDays(people.map((p) => p.id));
  const bookingsPath = `/api/v1/organizations/${s.orgId}/bookings`;
  const waitForQuiet = quietWaiter(s.quietWaitMs);
  const results: BookingRow[] = [];
  const measure = async (scenario: BookingScenario, concurrency: number, go: (seconds: number, measured: boolean) => Promise<LoadRun | null>) => {
    await waitForQuiet();
    if (s.warmupS > 0) await go(s.warmupS, false);
    const cpu = cpuAccount(s.serverPid, s.postmasterPid);
    const run = (await go(s.durationS, true)) as LoadRun;
    return row(scenario, concurrency, run, cpu());
  };
  for (const concurrency of [1, 8]) {
    const creates: number[] = [];
    const confirms: number[] = [];
    const pair = await measure("create+confirm", concurrency, async (seconds, measured) =>
      runLoop(concurrency, seconds, async () => {
        const t0 = performance.now();
        const created = await post(s.base, s.token, bookingsPath, { projectId, ...next() }, 201);
        const t1 = performance.now();
        const confirmed = await post(s.base, s.token, `${bookingsPath}/${created.id}/confirm`, { version: created.version }, 200);
        if (confirmed.outcome !== "confirmed") throw new Error(`confirm: ${confirmed.outcome}`);
        if (measured) creates.push(t1 - t0);
        if (measured) confirms.push(performance.now() - t1);
      }),
    );
    const c = summarize(creates);
    const f = summarize(confirms);
    pair.steps = { createP50: c.p50, confirmP50: f.p50, createP99: c.p99, confirmP99: f.p99 };
    results.push(pair);
    report(pair);
    const direct = await measure("create confirmed", concurrency, (seconds) =>
      runLoop(concurrency, seconds, async () => {
        const created = await post(s.base, s.token, bookingsPath, { projectId, status: "confirmed", ...next() }, 201);
        if (created.status !== "confirmed") throw new Error(`status ${created.status}`);
      }),
    );
    results.push(direct);
    report(direct);
  }
  for (const concurrency of [1, 8]) {
    const scheduler = await measure("scheduler 500×90", concurrency, (seconds, measured) =>
      runHttp(s.base, s.token, concurrency, { method: "GET", path: schedulerPath(s.orgId) }, seconds, measured),
    );
    results.push(scheduler);
    report(scheduler);
  }
  return results;
}

/** CPU the server and PostgreSQL spent per operation (ms): steadier than latency on a shared machine. */
export const cpuPerOp = (r: BookingRow) => ((r.cpu.server + r.cpu.postgres) * 10) / r.perSecond;

function report(r: BookingRow) {
  const steps = r.steps ? `  (create p50 ${fmt(r.steps.createP50)} ms, confirm p50 ${fmt(r.steps.confirmP50)} ms)` : "";
  console.log(
    `${r.scenario.padEnd(17)} c=${String(r.concurrency).padEnd(2)} ${fmt(r.perSecond, 0).padStart(5)}/s  p50 ${fmt(r.p50)} ms  p99 ${fmt(r.p99)} ms  (ok ${r.ok}, failed ${r.failed})${steps}  cpu/op ${fmt(cpuPerOp(r), 1)} ms  cpu% server ${r.cpu.server} pg ${r.cpu.postgres} bench ${r.cpu.bench} other ${r.cpu.other}`,
  );
}

export function printBookingTable(rows: BookingRow[]) {
  console.log(`\nData from ${bookingDataStart}.`);
  console.log(
    "| Scenario | Concurrency | per s | p50 ms | p99 ms | create / confirm p50 ms | server + pg CPU ms per op | ok | failed | CPU % server / pg / bench / other |",
  );
  console.log("|---|---:|---:|---:|---:|---|---:|---:|---:|---|");
  for (const r of rows) {
    const steps = r.steps ? `${fmt(r.steps.createP50)} / ${fmt(r.steps.confirmP50)}` : "—";
    console.log(
      `| ${r.scenario} | ${r.concurrency} | ${fmt(r.perSecond, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${steps} | ${fmt(cpuPerOp(r), 1)} | ${r.ok} | ${r.failed} | ${r.cpu.server} / ${r.cpu.postgres} / ${r.cpu.bench} / ${r.cpu.other} |`,
    );
  }
}
