import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { strongPassword } from "./factories";

/**
 * The real `npm start` entry point as a child process: killed with SIGKILL in the middle of a
 * stream of writes, started again on the same data directory with no manual step, and every
 * write it had acknowledged is still there.
 */
const serverDir = path.resolve(import.meta.dirname, "..");
const dataDir = path.resolve(serverDir, `../../.tmp/crash-${process.pid}`);
const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function startBacklot(port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", BACKLOT_DATA_DIR: dataDir, BACKLOT_DEMO: "0", LOG_LEVEL: "warn", INIT_CWD: serverDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForHealth(base: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Backlot at ${base} did not become healthy`);
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  // An orphaned PostgreSQL from the killed run is stopped by the restart; make sure of it.
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    try {
      process.kill(pid, "SIGQUIT");
    } catch {
      /* gone */
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("crash recovery", () => {
  it("loses no acknowledged write when killed with SIGKILL, and restarts without a manual step", { timeout: 240_000 }, async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startBacklot(port);
    await waitForHealth(base);

    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: `http://localhost:${port}` },
      body: JSON.stringify({ name: "Crash Tester", email: "crash@example.com", password: strongPassword }),
    });
    expect(signUp.status).toBe(200);
    const cookie = (signUp.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const tokenRes = await fetch(`${base}/api/v1/me/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: `http://localhost:${port}` },
      body: JSON.stringify({ name: "crash" }),
    });
    const { token } = (await tokenRes.json()) as { token: string };
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const org = (await (await fetch(`${base}/api/v1/organizations`, { method: "POST", headers: auth, body: JSON.stringify({ name: "Crash Co" }) })).json()) as {
      id: string;
    };

    // A second Backlot on the same data directory refuses to start, quickly and clearly.
    const second = startBacklot(await freePort());
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain("Another Backlot");

    // A stream of writes from 8 clients; SIGKILL lands in the middle of it.
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${base}/api/v1/organizations/${org.id}/people`, {
            method: "POST",
            headers: auth,
            body: JSON.stringify({ displayName: `Writer ${w} #${i}` }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    // Kill once writes are flowing (a count, not a time: a loaded machine is slower), while
    // the writers are still sending.
    const started = Date.now();
    while (acknowledged.length < 40 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 20));
    first.child.kill("SIGKILL");
    await first.exited;
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const restarted = startBacklot(port);
    await waitForHealth(base);
    const stored = new Set<string>();
    let cursor: string | null = null;
    do {
      const url: string = `${base}/api/v1/organizations/${org.id}/people?limit=200&status=all${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await (await fetch(url, { headers: auth })).json()) as { items: { id: string }[]; nextCursor: string | null };
      for (const p of page.items) stored.add(p.id);
      cursor = page.nextCursor;
    } while (cursor);
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);

    // A clean stop: exit code 0 and PostgreSQL shut down with it.
    restarted.child.kill("SIGTERM");
    expect(await restarted.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "backlot.lock"))).toBe(false);
  });
});
