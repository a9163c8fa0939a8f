import { eq, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { fromNodeHeaders } from "better-auth/node";
import type { Auth } from "../auth/auth";
import { hashToken, tokenPrefix } from "../auth/api-tokens";
import type { Db } from "../db/pool";
import { apiTokens } from "../db/schema";
import { type Access, type AccessJson, accessJson, toAccess } from "../../modules/core/access/access.repo";
import { AppError } from "./app-error";

/** Access loaded with the actor, for one organization; `access` is null when not a member. */
export type PreloadedAccess = { organizationId: string; access: Access | null };

export type Actor = { userId: string; name: string; email: string; via: "session" | "token" };

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    /** The actor's access in the route's organization, when it came with the actor (API tokens). */
    preloadedAccess: PreloadedAccess | null;
  }
}

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type TokenRow = { token_id: string; user_id: string; name: string; email: string; stale: boolean; access: AccessJson };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The token's user and, when the route names an organization, the user's access there: one
 * round trip for what every API call needs before it can do anything (requireAccess uses it).
 */
async function actorFromToken(db: Db, token: string, orgId: string | undefined): Promise<{ actor: Actor; access?: PreloadedAccess } | null> {
  if (!token.startsWith(tokenPrefix)) return null;
  const org = orgId && uuidPattern.test(orgId) ? orgId : null;
  const result = await db.execute<TokenRow>(sql`
    SELECT t.id AS token_id, u.id AS user_id, u.name, u.email,
           (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale,
           ${org ? accessJson(org, sql`u.id`) : sql`NULL::json`} AS access
    FROM api_tokens t JOIN users u ON u.id = t.user_id
    WHERE t.token_hash = ${hashToken(token)} AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`);
  const row = result.rows[0];
  if (!row) return null;
  // last_used_at is informational, written at most once a minute and without holding the
  // request: a write (and WAL flush) on every request would cost more than the request.
  if (row.stale)
    void db
      .update(apiTokens)
      .set({ lastUsedAt: new Date() })
      .where(eq(apiTokens.id, row.token_id))
      .catch(() => {});
  const actor: Actor = { userId: row.user_id, name: row.name, email: row.email, via: "token" };
  return { actor, access: org ? { organizationId: org, access: toAccess(org, row.user_id, row.access) } : undefined };
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
  if (authorization?.toLowerCase().startsWith("bearer ")) return (await actorFromToken(db, authorization.slice(7).trim(), undefined))?.actor ?? null;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(headers) });
  return session ? { userId: session.user.id, name: session.user.name, email: session.user.email, via: "session" } : null;
}

export function registerActorResolution(app: FastifyInstance, db: Db, auth: Auth, trustedOrigins: string[]) {
  app.decorateRequest("actor", null);
  app.decorateRequest("preloadedAccess", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/v1/")) return;
    const authorization = request.headers.authorization;
    if (authorization?.toLowerCase().startsWith("bearer ")) {
      const found = await actorFromToken(db, authorization.slice(7).trim(), (request.params as { orgId?: string } | undefined)?.orgId);
      request.actor = found?.actor ?? null;
      request.preloadedAccess = found?.access ?? null;
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
