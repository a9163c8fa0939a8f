/**
 * The API server under test: spawning it, waiting for it, stopping it, and the HTTP calls that
 * set up the benchmark's user, token, organizations and people.
 *
 * Nothing here holds state between calls: the caller owns the `ServerProcess` and hands it back
 * to `stopServer`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import type { PersonBody } from "./people-data";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const HOST = "127.0.0.1";

/** A spawned server and the last 200 chunks of its output, to show if it fails to start. */
export type ServerProcess = { child: ChildProcess; base: string; output: string[] };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Spawns the server on a free port. It returns as soon as the process exists (not when it is
 * ready: see `waitUntilHealthy`) so that the caller can record it for cleanup before waiting.
 */
export async function spawnServer(databaseUrl: string, dataDir: string, opts: { web?: boolean } = {}): Promise<ServerProcess> {
  const port = await freePort();
  // BENCH_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "apps/server/src/main.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BACKLOT_DATA_DIR: dataDir,
      PORT: String(port),
      HOST,
      BACKLOT_DEMO: "0",
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      // API only: no web app (and no static-file plugin) in the measured server, unless a
      // browser benchmark asks for the built web app (apps/web/dist).
      ...(opts.web ? {} : { BACKLOT_WEB_DIST: path.join(dataDir, "no-web") }),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, base: `http://${HOST}:${port}`, output };
}

/** Polls /api/health until it answers 200; returns the server's base URL. */
export async function waitUntilHealthy({ child, base, output }: ServerProcess): Promise<string> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output.join("")}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) return base;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy in 90 s:\n${output.join("")}`);
}

/** SIGTERM, then SIGKILL if the server has not exited 15 s later. */
export function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export async function call<T>(
  base: string,
  method: string,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  expect: number,
): Promise<{ json: T; res: Response }> {
  const res = await fetch(base + url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status !== expect) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return { json: (await res.json()) as T, res };
}

/** Signs up, creates a personal API token and the two organizations (A is listed, B is created into). */
export async function setUp(base: string) {
  const port = new URL(base).port;
  const origin = `http://localhost:${port}`;
  const email = "bench@example.test";
  const signUp = await call<{ user: { id: string } }>(
    base,
    "POST",
    "/api/auth/sign-up/email",
    { name: "Bench Runner", email, password: "bench-marking-the-backlot-api" },
    { origin },
    200,
  );
  const cookie = signUp.res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { json: tok } = await call<{ token: string }>(base, "POST", "/api/v1/me/tokens", { name: "bench" }, { cookie, origin }, 201);
  const auth = { authorization: `Bearer ${tok.token}` };
  const { json: orgA } = await call<{ id: string }>(base, "POST", "/api/v1/organizations", { name: "Bench Studio A (listed)" }, auth, 201);
  const { json: orgB } = await call<{ id: string }>(base, "POST", "/api/v1/organizations", { name: "Bench Studio B (created into)" }, auth, 201);
  return { token: tok.token, userId: signUp.json.user.id, orgA: orgA.id, orgB: orgB.id };
}

/** Adds `count` people to an organization through the API, 8 requests at a time. */
export async function seedPeople(base: string, token: string, orgId: string, count: number, personBody: (n: number) => PersonBody) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      await call(base, "POST", `/api/v1/organizations/${orgId}/people`, personBody(n), { authorization: `Bearer ${token}` }, 201);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}
