/** What the grid benchmark prints besides the per-run lines: plans and the Markdown table. */
import { fmt, type Row } from "./report";

/** The goals of issue 3: the first page under 50 ms at p50, filtered pages under 100 ms. */
export function goalMs(scenario: string): number | null {
  if (scenario === "page") return 50;
  if (scenario === "status" || scenario === "assignee" || scenario === "custom") return 100;
  return null;
}

export function printPlans(name: string, plans: Record<string, string[]>): void {
  for (const [part, lines] of Object.entries(plans)) {
    if (lines.length === 0) continue;
    console.log(`  ${name} — ${part} query:\n    ${lines.join("\n    ")}`);
  }
}

/**
 * CPU time per request (ms) of the server and of PostgreSQL: less sensitive than latency to other
 * work on a shared machine, as long as that work does not slow each CPU-second down.
 */
function cpuPerRequest(r: Row): string {
  const per = (pct: number) => (r.perSecond > 0 ? fmt((pct * 10) / r.perSecond, 1) : "—");
  return `${r.target === "api" ? per(r.cpu.server) : "—"} / ${per(r.cpu.postgres)}`;
}

export function printGridTable(rows: Row[], labels: Record<string, string>): void {
  console.log(
    "\n| Scenario | Concurrency | Target | req/s | p50 ms | p99 ms | goal p50 | CPU ms/req server / pg | ok | failed | CPU % server / pg / bench / other |",
  );
  console.log("|---|---:|---|---:|---:|---:|---|---|---:|---:|---|");
  for (const r of rows) {
    const goal = goalMs(r.scenario);
    const verdict = goal === null || r.target !== "api" ? "" : `< ${goal} ${r.p50 < goal ? "met" : "**missed**"}`;
    console.log(
      `| ${labels[r.scenario] ?? r.scenario} | ${r.concurrency} | ${r.target} | ${fmt(r.perSecond, 0)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${verdict} | ${cpuPerRequest(r)} | ${r.ok} | ${r.failed} | ${r.cpu.server} / ${r.cpu.postgres} / ${r.cpu.bench} / ${r.cpu.other} |`,
    );
  }
}
