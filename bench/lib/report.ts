/** What the benchmark prints: one line per run as it goes, then a Markdown table of all runs. */
import type { Cpu } from "./cpu-account";
import type { AutocannonFigures } from "./load";

export type Target = "api" | "pg" | "pg+auth";
export type Scenario = "list" | "create";
export type Row = {
  /** A Scenario of the people bench, or a grid scenario (tracking-grid.bench.ts). */
  scenario: string;
  concurrency: number;
  /** A Target of the people bench, or "pg+route" (grid). */
  target: string;
  ok: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
  cpu: Cpu;
  waitedForQuietMs: number;
  waits?: Record<string, number>;
  /** autocannon's own figures (1 ms histogram resolution), for cross-checking. */
  autocannon?: AutocannonFigures;
};

export function fmt(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : "—";
}

/** The run's line, and if the wait sampler ran, the five most frequent connection states. */
export function printRun(row: Row): void {
  const { scenario, concurrency, target, cpu: used, waitedForQuietMs: waitedForQuiet } = row;
  console.log(
    `${scenario.padEnd(8)} c=${String(concurrency).padEnd(2)} ${target.padEnd(8)} ${fmt(row.perSecond, 0).padStart(6)}/s  p50 ${fmt(row.p50)} ms  p99 ${fmt(row.p99)} ms  (ok ${row.ok}, failed ${row.failed})  cpu% server ${used.server} pg ${used.postgres} bench ${used.bench} other ${used.other}${waitedForQuiet > 600 ? `  (waited ${fmt(waitedForQuiet / 1000, 1)} s for a quiet CPU)` : ""}`,
  );
  if (row.waits) {
    const samples = row.waits.samples ?? 1;
    const top = Object.entries(row.waits)
      .filter(([k]) => k !== "samples")
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    console.log(`         busy connections, mean over ${samples} samples: ${top.map(([k, n]) => `${k} ${fmt(n / samples, 1)}`).join("; ")}`);
  }
}

export function printTable(rows: Row[], listLimit: number): void {
  console.log("\n| Scenario | Concurrency | Target | req/s | p50 ms | p99 ms | ok | failed | CPU % server / pg / bench / other |");
  console.log("|---|---:|---|---:|---:|---:|---:|---:|---|");
  for (const r of rows)
    console.log(
      `| ${r.scenario === "list" ? `list first page (${listLimit})` : "create person"} | ${r.concurrency} | ${r.target} | ${fmt(r.perSecond, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.ok} | ${r.failed} | ${r.cpu.server} / ${r.cpu.postgres} / ${r.cpu.bench} / ${r.cpu.other} |`,
    );
}
