import { sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Db } from "../db/pool";

/**
 * Deletes audit rows older than their organization's retention setting (CORE-2, SPEC decision
 * 7). Organizations without a setting keep history forever. Other modules' event logs (booking
 * events, budget changes) live in their own tables and are never purged here.
 */
export async function purgeExpiredAudit(db: Db): Promise<number> {
  const result = await db.execute(sql`
    DELETE FROM audit_log a
    USING organizations o
    WHERE a.organization_id = o.id
      AND o.audit_retention_days IS NOT NULL
      AND a.at < now() - make_interval(days => o.audit_retention_days)`);
  return result.rowCount ?? 0;
}

/**
 * Idempotency keys are replayed for a day, then forgotten. (Outbox events are kept: purging
 * them needs a watermark so that a client resuming from before it is told to resync.)
 */
export async function purgeBookkeeping(db: Db): Promise<void> {
  await db.execute(sql`DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 day'`);
}

/** Runs the purge shortly after start and then hourly; every node may run it, it is idempotent. */
export function scheduleAuditRetention(db: Db, log: Logger): () => void {
  const run = () =>
    purgeBookkeeping(db)
      .then(() => purgeExpiredAudit(db))
      .then((n) => n > 0 && log.info({ purged: n }, "purged expired audit history"))
      .catch((err) => log.warn({ err }, "audit retention purge failed"));
  const first = setTimeout(run, 30_000);
  const hourly = setInterval(run, 3_600_000);
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
