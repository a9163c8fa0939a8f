import { and, desc, eq, isNull } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { uuidv7 } from "uuidv7";
import { z } from "zod";
import { idParams } from "@backlot/contracts/core/common";
import { apiTokenSchema, createApiTokenBody, type ApiToken } from "@backlot/contracts/core/tokens";
import { generateApiToken } from "../../../platform/auth/api-tokens";
import type { Deps } from "../../../platform/deps";
import { apiTokens } from "../../../platform/db/schema";
import { forbidden, notFound } from "../../../platform/http/app-error";
import { requireActor } from "../../../platform/http/actor";

const tags = ["API tokens"];

function presentToken(row: typeof apiTokens.$inferSelect, token?: string): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    ...(token ? { token } : {}),
  };
}

/** Personal API tokens: the caller's own, never anyone else's. */
export function tokenRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/me/tokens",
      { schema: { tags, summary: "Your API tokens", response: { 200: z.object({ items: z.array(apiTokenSchema) }) } } },
      async (request) => {
        const actor = requireActor(request);
        const rows = await db
          .select()
          .from(apiTokens)
          .where(and(eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
          .orderBy(desc(apiTokens.createdAt));
        return { items: rows.map((r) => presentToken(r)) };
      },
    );

    app.post(
      "/me/tokens",
      {
        config: { idempotent: true, idempotencyRedact: ["token"] },
        schema: { tags, summary: "Create an API token (shown once)", body: createApiTokenBody, response: { 201: apiTokenSchema } },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        // A leaked token must not be able to mint itself a longer-lived successor.
        if (actor.via !== "session") throw forbidden("API tokens can only be created from a signed-in session, not with another token");
        const { token, hash, prefix } = generateApiToken();
        const days = request.body.expiresInDays;
        const [row] = await db
          .insert(apiTokens)
          .values({
            id: uuidv7(),
            userId: actor.userId,
            name: request.body.name,
            prefix,
            tokenHash: hash,
            expiresAt: days ? new Date(Date.now() + days * 86_400_000) : null,
          })
          .returning();
        if (!row) throw new Error("insert returned nothing");
        return reply.status(201).send(presentToken(row, token));
      },
    );

    app.delete("/me/tokens/:id", { schema: { tags, summary: "Revoke an API token", params: idParams } }, async (request, reply) => {
      const actor = requireActor(request);
      const revoked = await db
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiTokens.userId, actor.userId), eq(apiTokens.id, request.params.id), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id });
      if (revoked.length === 0) throw notFound("API token");
      return reply.status(204).send();
    });
  };
}
