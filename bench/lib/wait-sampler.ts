import pg from "pg";

/**
 * Samples (10 Hz, one extra connection) what the server's and the bench's busy connections are
 * doing: running, waiting on a lock, on WAL flush, or idle in a transaction. BENCH_WAITS=0 turns it off.
 * The returned function stops the sampler and gives the counts summed over all samples.
 */
export function waitSampler(url: string): () => Promise<Record<string, number>> {
  if (process.env.BENCH_WAITS === "0") return async () => ({});
  const client = new pg.Client({ connectionString: url, application_name: "backlot-bench-sampler" });
  client.on("error", () => {});
  const counts: Record<string, number> = {};
  let stop = false;
  const loop = (async () => {
    await client.connect();
    while (!stop) {
      const { rows } = await client.query<{ k: string; n: number }>(
        `SELECT application_name || ' ' || state || ' ' || coalesce(wait_event_type || ':' || wait_event, 'running') AS k, count(*)::int AS n
         FROM pg_stat_activity WHERE application_name IN ('backlot', 'backlot-bench') AND state IS NOT NULL AND state <> 'idle' GROUP BY 1`,
      );
      for (const r of rows) counts[r.k] = (counts[r.k] ?? 0) + r.n;
      counts.samples = (counts.samples ?? 0) + 1;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    stop = true;
    await loop.catch(() => {});
    await client.end().catch(() => {});
    return counts;
  };
}
