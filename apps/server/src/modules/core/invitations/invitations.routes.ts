import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParams, orgRecordParams } from "@backlot/contracts/core/common";
import { acceptInvitationBody, createInvitationBody, invitationPreviewSchema, invitationSchema } from "@backlot/contracts/core/invitations";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../access/require-access";
import { getOrganizationForUser } from "../organizations/organizations.repo";
import { presentInvitation } from "./invitations.presenter";
import { listOpenInvitations } from "./invitations.repo";
import { acceptInvitation, createInvitation, previewInvitation, resendInvitation, revokeInvitation } from "./invitations.service";

const tags = ["Invitations"];

export function invitationRoutes(deps: Deps): FastifyPluginAsyncZod {
  const { db } = deps;
  const orgName = async (orgId: string, userId: string) => (await getOrganizationForUser(db, orgId, userId))?.name ?? "";

  return async (app) => {
    app.get(
      "/organizations/:orgId/invitations",
      {
        schema: {
          tags,
          summary: "Open invitations (pending or expired)",
          params: orgParams,
          response: { 200: z.object({ items: z.array(invitationSchema) }) },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "member.invite");
        const rows = await listOpenInvitations(db, request.params.orgId);
        return { items: rows.map((r) => presentInvitation(r)) };
      },
    );

    app.post(
      "/organizations/:orgId/invitations",
      {
        config: { idempotent: true, idempotencyRedact: ["acceptUrl"] },
        schema: { tags, summary: "Invite someone by email", params: orgParams, body: createInvitationBody, response: { 201: invitationSchema } },
      },
      async (request, reply) => {
        const access = await requireAccess(db, request, request.params.orgId, "member.invite");
        const actor = requireActor(request);
        const created = await createInvitation(deps, actor, access, await orgName(access.organizationId, actor.userId), request.body);
        return reply.status(201).send(created);
      },
    );

    app.post(
      "/organizations/:orgId/invitations/:id/revoke",
      { schema: { tags, summary: "Revoke an invitation", params: orgRecordParams, response: { 200: invitationSchema } } },
      async (request) => {
        const access = await requireAccess(db, request, request.params.orgId, "member.invite");
        return revokeInvitation(deps, requireActor(request), access, request.params.id);
      },
    );

    app.post(
      "/organizations/:orgId/invitations/:id/resend",
      { schema: { tags, summary: "Send an invitation again with a new link", params: orgRecordParams, response: { 200: invitationSchema } } },
      async (request) => {
        const access = await requireAccess(db, request, request.params.orgId, "member.invite");
        const actor = requireActor(request);
        return resendInvitation(deps, actor, access, await orgName(access.organizationId, actor.userId), request.params.id);
      },
    );

    app.get(
      "/invitations/preview",
      {
        config: { public: true },
        schema: {
          tags,
          summary: "What an invitation link is for (no sign-in needed)",
          querystring: acceptInvitationBody,
          response: { 200: invitationPreviewSchema },
        },
      },
      async (request) => {
        return previewInvitation(deps, request.query.token);
      },
    );

    app.post(
      "/invitations/accept",
      { schema: { tags, summary: "Accept an invitation", body: acceptInvitationBody, response: { 200: z.object({ organizationId: z.uuid() }) } } },
      async (request) => {
        const actor = requireActor(request);
        const result = await acceptInvitation(deps, actor, request.body.token);
        return result;
      },
    );
  };
}
