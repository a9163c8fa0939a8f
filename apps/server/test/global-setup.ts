import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../src/platform/db/embedded-postgres";
import { runMigrations } from "../src/platform/db/migrate";
import { createLogger } from "../src/platform/logger";

declare module "vitest" {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

export const templateDatabase = "backlot_template";

// embedded-postgres (through async-exit-hook) calls process.exit(0) on "beforeExit", which
// replaced the failure code Vitest had set: a failing run exited 0. Keep Vitest's code.
let runExitCode: typeof process.exitCode;
process.prependListener("beforeExit", () => {
  runExitCode = process.exitCode;
});
process.on("exit", () => {
  if (runExitCode) process.exitCode = runExitCode;
});

/**
 * One embedded PostgreSQL per test run; the schema is migrated once into a template database
 * that every test file clones (CREATE DATABASE … TEMPLATE), so files never share data.
 */
export default async function setup(project: TestProject) {
  const dataDir = path.resolve(import.meta.dirname, `../../../.tmp/test-pg-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const pgServer = await startEmbeddedPostgres(dataDir, createLogger("warn"), templateDatabase);
  await runMigrations(pgServer.url);
  // Nobody may stay connected to a template while it is cloned.
  const admin = new pg.Client({ connectionString: pgServer.url.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${templateDatabase} WITH IS_TEMPLATE true`);
  await admin.end();
  project.provide("templateUrl", pgServer.url);
  return async () => {
    await pgServer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
