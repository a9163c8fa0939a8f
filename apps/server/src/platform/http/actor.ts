import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { fromNodeHeaders } from "better-auth/node";
import type { Auth } from "../auth/auth";
import { hashToken, tokenPrefix } from "../auth/api-tokens";
import type { Db } from "../db/pool";
import { apiTokens, users } from "../db/schema";
import { AppError } from "./app-error";

export type Actor = { userId: string; name: string; email: string; via: "session" | "token" };

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

async function actorFromToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith(tokenPrefix)) return null;
  const [row] = await db
    .select({ id: apiTokens.id, userId: users.id, name: users.name, email: users.email })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, new Date()))));
  if (!row) return null;
  // last_used_at is informational; no need to hold the request for it.
  // Written at most once a minute: a write (and WAL flush) on every request costs more than the request.
  void db
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiTokens.id, row.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(Date.now() - 60_000)))))
    .catch(() => {});
  return { userId: row.userId, name: row.name, email: row.email, via: "token" };
}

/**
 * Cookie-authenticated writes must come from our own pages: browsers send Origin (or
 * Sec-Fetch-Site) on every cross-site request, so checking them blocks CSRF without tokens
 * (OWASP "verifying origin with standard headers"). Bearer requests carry no ambient credential.
 */
export function isTrustedBrowserRequest(request: FastifyRequest, trustedOrigins: string[]): boolean {
  const origin = request.headers.origin;
  if (origin) return trustedOrigins.includes(origin);
  return request.headers["sec-fetch-site"] === "same-origin";
}

/** Who sent these headers: a valid API token or session, or nobody. */
export async function resolveActor(db: Db, auth: Auth, headers: FastifyRequest["headers"]): Promise<Actor | null> {
  const authorization = headers.authorization;
  if (authorization?.toLowerCase().startsWith("bearer ")) return actorFromToken(db, authorization.slice(7).trim());
  const session = await auth.api.getSession({ headers: fromNodeHeaders(headers) });
  return session ? { userId: session.user.id, name: session.user.name, email: session.user.email, via: "session" } : null;
}

export function registerActorResolution(app: FastifyInstance, db: Db, auth: Auth, trustedOrigins: string[]) {
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/v1/")) return;
    const authorization = request.headers.authorization;
    if (authorization?.toLowerCase().startsWith("bearer ")) {
      request.actor = await resolveActor(db, auth, request.headers);
      if (!request.actor) throw new AppError("unauthenticated", 401, "The API token is invalid, expired or revoked");
      return;
    }
    const actor = await resolveActor(db, auth, request.headers);
    if (!actor) return;
    const needsOriginCheck = unsafeMethods.has(request.method) || request.headers.upgrade === "websocket";
    if (needsOriginCheck && !isTrustedBrowserRequest(request, trustedOrigins)) {
      throw new AppError("csrf_rejected", 403, "Cross-site request refused: the Origin header is missing or not trusted");
    }
    request.actor = actor;
  });
}

/** Unauthenticated calls get 401 before their input is even validated. */
export function registerAuthenticationGate(app: FastifyInstance) {
  app.addHook("preValidation", async (request) => {
    if (request.url.startsWith("/api/v1/") && !request.routeOptions.config.public && request.is404 !== true) requireActor(request);
  });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("unauthenticated", 401, "Sign in, or send an API token as 'Authorization: Bearer …'");
  return request.actor;
}
