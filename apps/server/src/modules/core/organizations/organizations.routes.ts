import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgParams, pageOf, pageQuery } from "@backlot/contracts/core/common";
import { createOrganizationBody, organizationSchema, updateOrganizationBody } from "@backlot/contracts/core/organizations";
import type { Deps } from "../../../platform/deps";
import { notFound } from "../../../platform/http/app-error";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../access/require-access";
import { presentOrganization } from "./organizations.presenter";
import { getOrganizationForUser, listOrganizationsForUser } from "./organizations.repo";
import { createOrganization, updateOrganization } from "./organizations.service";

const tags = ["Organizations"];

export function organizationRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations",
      { schema: { tags, summary: "Organizations you belong to", querystring: pageQuery, response: { 200: pageOf(organizationSchema) } } },
      async (request) => {
        const actor = requireActor(request);
        const { limit, cursor } = request.query;
        const after = decodeCursor(cursor, 2) as [string, string] | null;
        const rows = await listOrganizationsForUser(db, actor.userId, limit, after);
        const page = toPage(rows, limit, (r) => [r.sortKey, r.id]);
        return { items: page.items.map(presentOrganization), nextCursor: page.nextCursor };
      },
    );

    app.post(
      "/organizations",
      {
        config: { idempotent: true },
        schema: { tags, summary: "Create an organization (you become its admin)", body: createOrganizationBody, response: { 201: organizationSchema } },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        return reply.status(201).send(await createOrganization(db, actor, request.body));
      },
    );

    app.get(
      "/organizations/:orgId",
      { schema: { tags, summary: "An organization", params: orgParams, response: { 200: organizationSchema } } },
      async (request) => {
        const access = await requireAccess(db, request, request.params.orgId, "organization.read");
        const row = await getOrganizationForUser(db, request.params.orgId, access.userId);
        if (!row) throw notFound("Organization");
        return presentOrganization(row);
      },
    );

    app.patch(
      "/organizations/:orgId",
      { schema: { tags, summary: "Change organization settings", params: orgParams, body: updateOrganizationBody, response: { 200: organizationSchema } } },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "organization.update");
        return updateOrganization(db, requireActor(request), request.params.orgId, request.body);
      },
    );
  };
}
