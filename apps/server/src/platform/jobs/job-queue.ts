import { type SQL, sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { Queryable } from "../db/pool";

export type JobHandler<T> = (data: T) => Promise<void>;
export type SendOptions = {
  startAfter?: Date;
  singletonKey?: string;
  /** Enqueue inside this transaction: the job exists only if the change that asked for it commits. */
  tx?: Queryable;
};

/**
 * pg-boss writes "$1, $2 …" placeholders; Drizzle's sql template binds values by position.
 * Missing values must become NULL (Drizzle leaves an undefined value out of the statement).
 */
function toSql(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1] ?? null}`));
  return sql.join(chunks, sql``);
}

/**
 * Background jobs on the application's own database (pg-boss): no extra server, retries and
 * delayed starts, and any node may run any job. Queues are created on first use; modules
 * register workers through `work()` when their routes are registered.
 */
export class JobQueue {
  private readonly queues = new Set<string>();

  private constructor(
    private readonly boss: PgBoss,
    private readonly log: Logger,
    private readonly pollingIntervalSeconds: number,
  ) {}

  /** Workers look for due jobs every `pollingIntervalSeconds` (BACKLOT_JOB_POLL_SECONDS, default 1). */
  static async start(databaseUrl: string, log: Logger, pollingIntervalSeconds = 1): Promise<JobQueue> {
    const boss = new PgBoss({ connectionString: databaseUrl, max: 4, application_name: "backlot-jobs", schedule: false });
    boss.on("error", (err) => log.warn({ err }, "background job queue error"));
    await boss.start();
    return new JobQueue(boss, log, pollingIntervalSeconds);
  }

  private async ensureQueue(name: string) {
    if (this.queues.has(name)) return;
    // Idempotent: every node creates the queues it uses.
    await this.boss.createQueue(name, { name, retryLimit: 5, retryDelay: 5, retryBackoff: true });
    this.queues.add(name);
  }

  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<void> {
    await this.ensureQueue(name);
    const { tx, ...jobOptions } = options;
    const db = tx ? { executeSql: async (text: string, values: unknown[]) => ({ rows: (await tx.execute(toSql(text, values))).rows }) } : undefined;
    await this.boss.send(name, data, { ...jobOptions, ...(db ? { db } : {}) });
  }

  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.work<T>(name, { pollingIntervalSeconds: this.pollingIntervalSeconds, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data);
        } catch (err) {
          this.log.warn({ err, job: name, id: job.id }, "background job failed; it will be retried");
          throw err;
        }
      }
    });
  }

  /** Lets running jobs finish (up to a few seconds), then closes the queue's connections. */
  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 5000, wait: true });
  }
}
