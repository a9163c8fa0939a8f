import { createHash } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Db } from "../db/pool";
import { idempotencyKeys } from "../db/schema";
import { AppError } from "./app-error";

declare module "fastify" {
  interface FastifyContextConfig {
    /** Creates honour `Idempotency-Key`: the same key and body replay the first response. */
    idempotent?: boolean;
    /** Response fields never kept for replays (secrets shown once, e.g. a new token). */
    idempotencyRedact?: string[];
    /** Reachable without signing in (everything else under /api/v1 answers 401 first). */
    public?: boolean;
  }
  interface FastifyRequest {
    idempotency: { userId: string; key: string } | null;
  }
}

const stalePendingMs = 5 * 60_000;

function requestHash(request: FastifyRequest): string {
  return createHash("sha256")
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest("hex");
}

export function registerIdempotency(app: FastifyInstance, db: Db) {
  app.decorateRequest("idempotency", null);

  app.addHook("preHandler", async (request, reply) => {
    const key = request.headers["idempotency-key"];
    if (!request.routeOptions.config.idempotent || typeof key !== "string" || !request.actor) return;
    if (key.length < 1 || key.length > 200) {
      throw new AppError("validation_failed", 400, "Idempotency-Key must be 1 to 200 characters", {
        errors: [{ path: "headers.idempotency-key", message: "1 to 200 characters" }],
      });
    }
    const userId = request.actor.userId;
    const hash = requestHash(request);
    // A key left pending by a crashed request is taken over after a while, not stuck forever.
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ userId, key, requestHash: hash })
      .onConflictDoUpdate({
        target: [idempotencyKeys.userId, idempotencyKeys.key],
        set: { requestHash: hash, createdAt: new Date() },
        setWhere: and(isNull(idempotencyKeys.statusCode), lt(idempotencyKeys.createdAt, new Date(Date.now() - stalePendingMs))),
      })
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) {
      request.idempotency = { userId, key };
      return;
    }
    const [stored] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    if (!stored) throw new AppError("idempotency_in_progress", 409, "Retry this request");
    if (stored.requestHash !== hash) {
      throw new AppError("idempotency_key_reused", 422, "This Idempotency-Key was already used with a different request");
    }
    if (stored.statusCode === null) {
      throw new AppError("idempotency_in_progress", 409, "A request with this Idempotency-Key is still being processed");
    }
    reply.header("idempotent-replayed", "true");
    if (stored.statusCode >= 400) reply.type("application/problem+json");
    return reply.status(stored.statusCode).send(stored.responseBody);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending) return payload;
    request.idempotency = null;
    const where = and(eq(idempotencyKeys.userId, pending.userId), eq(idempotencyKeys.key, pending.key));
    if (reply.statusCode >= 500) {
      await db.delete(idempotencyKeys).where(where); // let the client retry a failure
    } else {
      const body = typeof payload === "string" && payload.length > 0 ? JSON.parse(payload) : null;
      for (const field of request.routeOptions.config.idempotencyRedact ?? []) if (body && typeof body === "object") delete body[field];
      await db.update(idempotencyKeys).set({ statusCode: reply.statusCode, responseBody: body }).where(where);
    }
    return payload;
  });
}
