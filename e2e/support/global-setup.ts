import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const tmpDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", ".tmp");

/** Removes data directories of earlier e2e runs; this run's directory is fresh by name. */
export default async function globalSetup() {
  const current = process.env.BACKLOT_E2E_DATA_DIR;
  const entries = await readdir(tmpDir).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((name) => name.startsWith("e2e-data-"))
      .map((name) => path.join(tmpDir, name))
      .filter((dir) => dir !== current)
      .map((dir) => rm(dir, { recursive: true, force: true })),
  );
}
