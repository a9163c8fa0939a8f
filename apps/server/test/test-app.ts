import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/platform/config/config";
import type { Deps } from "../src/platform/deps";
import type { Mail } from "../src/platform/mail/mailer";
import { createLogger } from "../src/platform/logger";
import { createRuntime } from "../src/platform/runtime";

export const testOrigin = "http://localhost:3000";

/** A fresh database cloned from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const templateUrl = inject("templateUrl");
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: templateUrl.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  // Concurrent clones of one template conflict; retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE backlot_template`);
      break;
    } catch (err) {
      if (attempt > 20) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  return templateUrl.replace(/\/[^/]+$/, `/${name}`);
}

export type TestApp = {
  app: FastifyInstance;
  deps: Deps;
  mail: Mail[];
  databaseUrl: string;
  close: () => Promise<void>;
};

/** The real application on its own database, with mail captured instead of sent. */
export async function createTestApp(databaseUrl?: string, env: Record<string, string> = {}): Promise<TestApp> {
  const url = databaseUrl ?? (await createTestDatabase());
  // Uploaded files go to a directory of this test app's own, removed on close.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-test-"));
  const config = loadConfig({ LOG_LEVEL: "warn", BACKLOT_PUBLIC_URL: testOrigin, BACKLOT_DEMO: "0", BACKLOT_DATA_DIR: dataDir, ...env });
  const mail: Mail[] = [];
  const deps = await createRuntime(config, createLogger("warn"), url, { mailer: { send: async (m) => void mail.push(m) } });
  // Routes that send JSON text past the serializer get their answers checked against their schema.
  const app = await buildApp(deps, { checkJsonText: true });
  await app.ready();
  return {
    app,
    deps,
    mail,
    databaseUrl: url,
    async close() {
      await app.close();
      await deps.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
