import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgParams, orgRecordParams, pageOf } from "@backlot/contracts/core/common";
import { memberListQuery, memberSchema, updateMemberBody } from "@backlot/contracts/core/members";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../access/require-access";
import { presentMembership } from "./members.presenter";
import { listMembers } from "./members.repo";
import { removeMember, updateMemberRole } from "./members.service";

const tags = ["Members"];

export function memberRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/members",
      { schema: { tags, summary: "Members of the organization", params: orgParams, querystring: memberListQuery, response: { 200: pageOf(memberSchema) } } },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "member.read");
        const { limit, q, cursor } = request.query;
        const rows = await listMembers(db, orgId, { limit, q, after: decodeCursor(cursor, 2) as [string, string] | null });
        const page = toPage(rows, limit, (r) => [r.sortKey, r.id]);
        return { items: page.items.map(presentMembership), nextCursor: page.nextCursor };
      },
    );

    app.patch(
      "/organizations/:orgId/members/:id",
      { schema: { tags, summary: "Change a member's role", params: orgRecordParams, body: updateMemberBody, response: { 200: memberSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "member.update");
        return updateMemberRole(db, requireActor(request), orgId, id, request.body);
      },
    );

    app.delete("/organizations/:orgId/members/:id", { schema: { tags, summary: "Remove a member", params: orgRecordParams } }, async (request, reply) => {
      const { orgId, id } = request.params;
      await requireAccess(db, request, orgId, "member.remove");
      await removeMember(db, requireActor(request), orgId, id);
      return reply.status(204).send();
    });

    app.post("/organizations/:orgId/leave", { schema: { tags, summary: "Leave the organization", params: orgParams } }, async (request, reply) => {
      const { orgId } = request.params;
      const access = await requireAccess(db, request, orgId, "organization.read");
      await removeMember(db, requireActor(request), orgId, access.membershipId);
      return reply.status(204).send();
    });
  };
}
