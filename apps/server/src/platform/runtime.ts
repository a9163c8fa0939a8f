import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Logger } from "pino";
import { scheduleAuditRetention } from "./audit/retention";
import { createAuth } from "./auth/auth";
import type { Config } from "./config/config";
import { createDb, createPool, type Db } from "./db/pool";
import { instanceSettings } from "./db/schema";
import type { Deps } from "./deps";
import { EventHub } from "./events/event-hub";
import { JobQueue } from "./jobs/job-queue";
import { createMailer, type Mailer } from "./mail/mailer";
import { createStorage } from "./storage/storage";

/** The signing secret is generated once and kept in the database, so every node shares it. */
async function authSecret(db: Db): Promise<string> {
  await db
    .insert(instanceSettings)
    .values({ key: "auth_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, "auth_secret"));
  if (!row) throw new Error("auth secret missing");
  return row.value;
}

/** Connects everything a node needs on a migrated database. */
export async function createRuntime(
  config: Config,
  log: Logger,
  databaseUrl: string,
  overrides: { mailer?: Mailer } = {},
): Promise<Deps & { close: () => Promise<void> }> {
  const pool = createPool(databaseUrl);
  // An idle connection dropped by the server (restart, failover) is replaced on next use.
  pool.on("error", (err) => log.warn({ err }, "idle database connection lost"));
  const db = createDb(pool);
  const mailer = overrides.mailer ?? createMailer(config.smtpUrl, config.smtpFrom, log);
  const auth = createAuth({
    db,
    log,
    secret: await authSecret(db),
    publicUrl: config.publicUrl,
    trustedOrigins: config.trustedOrigins,
    mailer,
    signInPerMinute: config.signInPerMinute,
  });
  const hub = new EventHub(db, databaseUrl, log);
  await hub.start();
  const jobs = await JobQueue.start(databaseUrl, log, config.jobPollSeconds);
  const stopRetention = scheduleAuditRetention(db, log);
  return {
    config,
    pool,
    db,
    auth,
    mailer,
    hub,
    jobs,
    log,
    storage: createStorage(config),
    async close() {
      stopRetention();
      // Jobs first: a running job may still write through the pool.
      await jobs.stop();
      await hub.stop();
      await pool.end();
    },
  };
}
