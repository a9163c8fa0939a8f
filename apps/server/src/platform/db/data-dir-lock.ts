import fs from "node:fs";
import path from "node:path";

/**
 * One Backlot per data directory. The lock file holds the owner's pid; a lock whose owner is
 * gone (a killed Backlot) is stale and taken over without a manual step.
 */
export class DataDirInUseError extends Error {}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** After a reboot the pid may belong to an unrelated program; only a node process counts. */
function isBacklotProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return /node|tsx/.test(cmdline);
  } catch {
    return true; // no /proc: trust the liveness check
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "backlot.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => {
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isBacklotProcess(owner)) {
        throw new DataDirInUseError(
          `Another Backlot (pid ${owner}) is already running on the data directory ${dataDir}. ` +
            "Stop it first, or set BACKLOT_DATA_DIR to another directory.",
        );
      }
      fs.rmSync(lockPath, { force: true }); // stale: its owner is gone
    }
  }
  throw new DataDirInUseError(`Could not lock the data directory ${dataDir}`);
}
