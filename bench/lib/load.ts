/** The two load generators: autocannon for the HTTP API, a closed loop of workers for raw `pg`. */
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";

export type HttpRequest = { method: "GET" | "POST"; path: string; body?: () => string };

/** autocannon's own figures (1 ms histogram resolution), for cross-checking. */
export type AutocannonFigures = { reqPerSecAvg: number; p50: number; p99: number; non2xx: number; errors: number; timeouts: number };

/** One measured run: per-request latencies in ms, successes and failures over `seconds`. */
export type LoadRun = { ok: number; failed: number; seconds: number; latencies: number[]; autocannon?: AutocannonFigures };

/**
 * Runs autocannon with `concurrency` keep-alive connections. Latencies come from its `response`
 * events (sub-millisecond) rather than its histogram. Returns null when `measure` is false (warm-up).
 */
export async function runHttp(
  base: string,
  token: string,
  concurrency: number,
  request: HttpRequest,
  seconds: number,
  measure: boolean,
): Promise<LoadRun | null> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const instance = autocannon({
    url: base,
    connections: concurrency,
    pipelining: 1,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: request.method,
        path: request.path,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        ...(request.body ? { setupRequest: (req: Record<string, unknown>) => ({ ...req, body: request.body?.() }) } : {}),
      },
    ],
  });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures[statusCode] = (failures[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  if (!measure) return null;
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) console.error(`  ! non-2xx/errors: ${JSON.stringify({ failures, errors: result.errors, timeouts: result.timeouts })}`);
  return {
    ok: latencies.length,
    failed,
    seconds: result.duration,
    latencies,
    autocannon: {
      reqPerSecAvg: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    },
  };
}

/** A closed loop: `concurrency` workers each run `op` back to back until time is up. */
export async function runLoop(concurrency: number, seconds: number, op: () => Promise<void>): Promise<LoadRun> {
  const latencies: number[] = [];
  let failed = 0;
  let firstError: unknown = null;
  const start = performance.now();
  const end = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await op();
        latencies.push(performance.now() - t0);
      } catch (err) {
        failed++;
        firstError ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (firstError) console.error("  ! first error:", firstError);
  return { ok: latencies.length, failed, seconds: (performance.now() - start) / 1000, latencies };
}
