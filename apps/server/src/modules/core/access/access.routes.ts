import { asc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { explainQuery, explanationSchema, meSchema } from "@backlot/contracts/core/authz";
import { orgParams, orgRecordParams } from "@backlot/contracts/core/common";
import { createScopedMembershipBody, scopedMembershipSchema } from "@backlot/contracts/core/members";
import type { Deps } from "../../../platform/deps";
import { memberships, organizations, scopedMemberships } from "../../../platform/db/schema";
import { fieldError, notFound } from "../../../platform/http/app-error";
import { requireActor } from "../../../platform/http/actor";
import { loadAccess } from "./access.repo";
import { authorize } from "./authorize";
import { requireAccess } from "./require-access";
import { grantScopedRole, presentScoped, removeScopedRole } from "./scoped-memberships.service";

const tags = ["Access"];

export function accessRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/me", { schema: { tags, summary: "Who you are and where you belong", response: { 200: meSchema } } }, async (request) => {
      const actor = requireActor(request);
      const rows = await db
        .select({ organizationId: organizations.id, organizationName: organizations.name, role: memberships.role })
        .from(memberships)
        .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
        .where(eq(memberships.userId, actor.userId))
        .orderBy(asc(organizations.name));
      return { user: { id: actor.userId, name: actor.name, email: actor.email }, memberships: rows as z.infer<typeof meSchema>["memberships"] };
    });

    app.get(
      "/organizations/:orgId/authorization/explain",
      {
        schema: {
          tags,
          summary: "Why an action is allowed or denied for you",
          params: orgParams,
          querystring: explainQuery,
          response: { 200: explanationSchema },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const access = await loadAccess(db, request.params.orgId, actor.userId);
        if (!access) throw notFound("Organization");
        const { action, scopeType, scopeId } = request.query;
        if ((scopeType === undefined) !== (scopeId === undefined)) throw fieldError("query.scopeId", "Give both scopeType and scopeId, or neither");
        return authorize(access, action, scopeType && scopeId ? { type: scopeType, id: scopeId } : undefined);
      },
    );

    app.get(
      "/organizations/:orgId/scoped-memberships",
      {
        schema: {
          tags,
          summary: "Roles granted inside a studio, client, platform or project",
          params: orgParams,
          response: { 200: z.object({ items: z.array(scopedMembershipSchema) }) },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "member.read");
        const rows = await db
          .select()
          .from(scopedMemberships)
          .where(eq(scopedMemberships.organizationId, request.params.orgId))
          .orderBy(asc(scopedMemberships.id));
        return { items: rows.map(presentScoped) };
      },
    );

    app.post(
      "/organizations/:orgId/scoped-memberships",
      {
        schema: {
          tags,
          summary: "Grant a role inside a scope",
          params: orgParams,
          body: createScopedMembershipBody,
          response: { 201: scopedMembershipSchema },
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "scope.manage");
        const granted = await grantScopedRole(db, requireActor(request), orgId, request.body);
        return reply.status(201).send(granted);
      },
    );

    app.delete(
      "/organizations/:orgId/scoped-memberships/:id",
      { schema: { tags, summary: "Remove a scoped role", params: orgRecordParams } },
      async (request, reply) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "scope.manage");
        await removeScopedRole(db, requireActor(request), orgId, id);
        return reply.status(204).send();
      },
    );
  };
}
