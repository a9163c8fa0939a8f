import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
/** Set E2E_BASE_URL to test a server that is already running instead of starting one. */
const externalUrl = process.env.E2E_BASE_URL;

// One fresh data directory per run. The config is also loaded by every worker; they inherit the
// environment of the main process, so the directory is chosen once.
process.env.BACKLOT_E2E_DATA_DIR ??= path.join(repoRoot, ".tmp", `e2e-data-${Date.now()}`);
const dataDir = process.env.BACKLOT_E2E_DATA_DIR;

export default defineConfig({
  testDir: here,
  testMatch: "**/*.spec.ts",
  outputDir: path.join(repoRoot, ".tmp", "e2e-results"),
  globalSetup: "./support/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  use: {
    // `localhost`, not 127.0.0.1: the server trusts exactly its public origin for writes.
    baseURL: externalUrl ?? `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1360, height: 860 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: externalUrl
    ? undefined
    : {
        command: "npm start",
        cwd: repoRoot,
        url: `http://localhost:${port}/api/health`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: "pipe",
        stderr: "pipe",
        env: {
          PORT: String(port),
          BACKLOT_DATA_DIR: dataDir,
          BACKLOT_DEMO: "0",
          LOG_LEVEL: "warn",
          // Every test signs its own users up from one address; a studio's default (10 sign-ins a
          // minute) would have the suite mostly waiting. support/rate-limit.ts still waits out a 429.
          BACKLOT_SIGN_IN_PER_MINUTE: "200",
        },
      },
});
