// ---------- where the CPU went (passive: /proc and os.cpus) ----------
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const clockTicks = 100; // USER_HZ on Linux

/** Each party's CPU use during a run, in % of one core; `machine` is the whole machine's. */
export type Cpu = { server: number; postgres: number; bench: number; other: number; machine: number };

/** The postmaster's pid, from the first line of `<pgDataDir>/postmaster.pid` (null if that is not a number). */
export function readPostmasterPid(pgDataDir: string): number | null {
  return Number.parseInt(fs.readFileSync(path.join(pgDataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10) || null;
}

function procTicks(pid: number): { ticks: number; ppid: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ticks: Number(rest[11]) + Number(rest[12]), ppid: Number(rest[1]) };
  } catch {
    return null;
  }
}

/** CPU ticks of the PostgreSQL postmaster and each of its backends, by pid. */
function postgresTicks(postmasterPid: number | null): Map<number, number> {
  const ticks = new Map<number, number>();
  if (postmasterPid === null || process.platform !== "linux") return ticks;
  const own = procTicks(postmasterPid);
  if (own) ticks.set(postmasterPid, own.ticks);
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const p = procTicks(Number(entry));
    if (p && p.ppid === postmasterPid) ticks.set(Number(entry), p.ticks);
  }
  return ticks;
}

/** Ticks used since `start` by the backends alive now (short-lived ones that exited are missed). */
function postgresTicksSince(postmasterPid: number | null, start: Map<number, number>): number {
  let sum = 0;
  for (const [pid, t] of postgresTicks(postmasterPid)) sum += t - (start.get(pid) ?? 0);
  return sum;
}

function machineMs(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const c of os.cpus()) {
    const t = c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle;
    total += t;
    busy += t - c.times.idle;
  }
  return { busy, total };
}

/** % of one core the whole machine was busy during a short window. */
export async function machineBusy(ms: number): Promise<number> {
  const a = machineMs();
  await new Promise((r) => setTimeout(r, ms));
  const b = machineMs();
  return Math.round(((b.busy - a.busy) / ((b.total - a.total) / os.cpus().length)) * 100);
}

/**
 * On a shared machine, wait (within a total budget) until nothing else is using the CPU before a
 * measured run; the run's 'other' CPU figure still shows what arrived during it.
 * The budget is shared by every call of the returned function.
 */
export function quietWaiter(budgetMs: number): () => Promise<number> {
  let quietBudgetMs = budgetMs;
  return async function waitForQuiet(): Promise<number> {
    const start = performance.now();
    while (quietBudgetMs > 0) {
      const t = performance.now();
      const busy = await machineBusy(500);
      quietBudgetMs -= performance.now() - t;
      if (busy < 20) break;
    }
    return Math.round(performance.now() - start);
  };
}

/** Starts a CPU account; the returned function gives each party's use in % of one core. */
export function cpuAccount(serverPid: number | undefined, postmasterPid: number | null): () => Cpu {
  const start = {
    wall: performance.now(),
    server: serverPid ? (procTicks(serverPid)?.ticks ?? 0) : 0,
    pg: postgresTicks(postmasterPid),
    bench: process.cpuUsage(),
    machine: machineMs(),
  };
  return () => {
    const wallMs = performance.now() - start.wall;
    const pct = (ms: number) => Math.round((ms / wallMs) * 100);
    const serverMs = serverPid ? (((procTicks(serverPid)?.ticks ?? 0) - start.server) * 1000) / clockTicks : 0;
    const pgMs = (postgresTicksSince(postmasterPid, start.pg) * 1000) / clockTicks;
    const b = process.cpuUsage(start.bench);
    const benchMs = (b.user + b.system) / 1000;
    const m = machineMs();
    const machineBusy = m.busy - start.machine.busy;
    return {
      server: pct(serverMs),
      postgres: pct(pgMs),
      bench: pct(benchMs),
      other: Math.max(0, pct(machineBusy - serverMs - pgMs - benchMs)),
      machine: pct(machineBusy),
    };
  };
}
