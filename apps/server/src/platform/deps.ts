import type pg from "pg";
import type { Logger } from "pino";
import type { Auth } from "./auth/auth";
import type { Config } from "./config/config";
import type { Db } from "./db/pool";
import type { EventHub } from "./events/event-hub";
import type { JobQueue } from "./jobs/job-queue";
import type { Mailer } from "./mail/mailer";
import type { Storage } from "./storage/storage";

/** What route plugins and services are given; built once per process in main.ts or a test. */
export type Deps = {
  config: Config;
  pool: pg.Pool;
  db: Db;
  auth: Auth;
  mailer: Mailer;
  hub: EventHub;
  jobs: JobQueue;
  log: Logger;
  storage: Storage;
};
