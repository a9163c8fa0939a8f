/**
 * Makes a benchmark leave nothing behind: `cleanup` (stop the server, PostgreSQL, the browser,
 * remove the temp dir) runs on a crash, on Ctrl-C or kill, and when the watchdog fires. Returns
 * the watchdog, for the script to clear once it has finished normally.
 */
export function guardRun(cleanup: () => Promise<void>, watchdogMs: number): NodeJS.Timeout {
  const watchdog = setTimeout(() => {
    console.error(`\nBenchmark exceeded ${watchdogMs / 1000} s; aborting.`);
    void cleanup().finally(() => process.exit(2));
  }, watchdogMs);
  watchdog.unref();
  process.stdout.on("error", () => {}); // e.g. piped into `head`: keep going and clean up
  for (const event of ["uncaughtException", "unhandledRejection"] as const) {
    process.on(event, (err) => {
      console.error(`${event}:`, err);
      void cleanup().finally(() => process.exit(1));
    });
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  return watchdog;
}
