import type { Logger } from "pino";
import type { Config } from "../config/config";
import { acquireDataDirLock } from "./data-dir-lock";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

/** External PostgreSQL when DATABASE_URL is set; otherwise the embedded one under the data dir. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  const release = acquireDataDirLock(config.dataDir);
  try {
    const pg = await startEmbeddedPostgres(config.dataDir, log);
    return {
      url: pg.url,
      embedded: true,
      async stop() {
        await pg.stop();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
