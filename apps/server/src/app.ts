import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import websocket from "@fastify/websocket";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { registerBookingModule } from "./modules/booking/booking.module";
import { registerCoreModule } from "./modules/core/core.module";
import { registerArchivedProjectGuard } from "./modules/tracking/projects/archived-guard";
import { registerTrackingModule } from "./modules/tracking/tracking.module";
import type { Deps } from "./platform/deps";
import { registerActorResolution, registerAuthenticationGate } from "./platform/http/actor";
import { registerCompression } from "./platform/http/compression";
import { registerSecurityHeaders } from "./platform/http/security-headers";
import { registerAuthRoutes } from "./platform/http/auth-bridge";
import { registerErrorHandler, registerNotFound } from "./platform/http/error-handler";
import { registerIdempotency } from "./platform/http/idempotency";
import { registerInputGuard } from "./platform/http/input-guard";
import { checkJsonTextAnswers } from "./platform/http/json-text";
import { registerWebApp } from "./platform/http/static-web";
import { registerMetrics } from "./platform/metrics/metrics";

export type AppOptions = {
  serveWeb?: boolean;
  /** Tests: parse every answer of a `jsonText` route with its response schema (platform/http/json-text.ts). */
  checkJsonText?: boolean;
};

/** Builds the HTTP application: plugins, conventions, every module's routes. */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as unknown as FastifyBaseLogger,
    bodyLimit: deps.config.bodyLimit,
    trustProxy: deps.config.trustProxy,
    // Per-request log lines only when debugging; /metrics has the request figures.
    logController: new LogController({ disableRequestLogging: deps.config.logLevel !== "debug" && deps.config.logLevel !== "trace" }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  registerSecurityHeaders(app);
  if (deps.config.compression) await registerCompression(app);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Backlot API",
        version: "1",
        description:
          "Production management for creative studios. Authenticate with the session cookie (sign in at /api/auth/sign-in/email) or a personal API token as `Authorization: Bearer blt_…`.",
      },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  app.get("/api/health", { schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.db.execute(sql`SELECT 1`);
      return { status: "ok", database: "ok" };
    } catch {
      return reply.status(503).send({ status: "degraded", database: "unreachable" });
    }
  });
  registerMetrics(app, { connections: () => deps.hub.connectionCount() });
  registerAuthRoutes(app, deps.auth, deps.config.publicUrl);
  registerActorResolution(app, deps.db, deps.auth, deps.config.trustedOrigins);
  registerAuthenticationGate(app);
  registerInputGuard(app);
  if (options.checkJsonText) checkJsonTextAnswers(app);
  registerArchivedProjectGuard(app, deps.db);
  registerIdempotency(app, deps.db);
  await app.register(registerCoreModule(deps), { prefix: "/api/v1" });
  await app.register(registerTrackingModule(deps), { prefix: "/api/v1" });
  await app.register(registerBookingModule(deps), { prefix: "/api/v1" });

  const servingWeb = options.serveWeb ? await registerWebApp(app, deps.config.webDist) : false;
  registerNotFound(app, servingWeb);
  return app;
}
