import type { FastifyInstance } from "fastify";
import client from "prom-client";

/** Prometheus metrics at /metrics: process defaults plus HTTP latency by route. */
export function registerMetrics(app: FastifyInstance, extra: { connections: () => number }) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: "backlot_http_request_duration_seconds",
    help: "HTTP request duration by method, route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new client.Gauge({
    name: "backlot_websocket_connections",
    help: "Open live-event WebSocket connections on this node",
    registers: [registry],
    collect() {
      this.set(extra.connections());
    },
  });
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    duration.observe({ method: request.method, route, status: reply.statusCode }, reply.elapsedTime / 1000);
  });
  app.get("/metrics", { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
