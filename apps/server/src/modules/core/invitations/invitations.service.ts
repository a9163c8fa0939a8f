import { and, eq, isNull, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createInvitationBody } from "@backlot/contracts/core/invitations";
import { assignableRoles, type OrgRole } from "@backlot/contracts/core/roles";
import { withChanges } from "../../../platform/audit/changes";
import { generateSecret, hashToken } from "../../../platform/auth/api-tokens";
import type { Deps } from "../../../platform/deps";
import { invitations } from "../../../platform/db/schema";
import { AppError, fieldError, forbidden, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import type { Access } from "../access/access.repo";
import { insertMembership } from "../members/members.service";
import { type InvitationRow, invitationStatus, presentInvitation } from "./invitations.presenter";
import { getInvitation, getInvitationByTokenHash, isMemberByEmail } from "./invitations.repo";

const validForDays = 14;
const expiry = () => new Date(Date.now() + validForDays * 24 * 3600 * 1000);
const acceptUrlFor = (publicUrl: string, secret: string) => `${publicUrl}/invitations/accept?token=${secret}`;

function checkAssignable(access: Access, role: OrgRole) {
  if (!assignableRoles(access.role).includes(role)) {
    throw forbidden(`A ${access.role} cannot invite someone as ${role}; ask an admin.`);
  }
}

async function sendInvitationMail(deps: Deps, actor: Actor, row: InvitationRow, url: string, orgName: string) {
  await deps.mailer.send({
    to: row.email,
    subject: `${actor.name} invited you to ${orgName} on Backlot`,
    text: `${actor.name} invited you to join ${orgName} on Backlot as ${row.role}.\n\nAccept the invitation (valid for ${validForDays} days):\n${url}\n`,
  });
}

export async function createInvitation(deps: Deps, actor: Actor, access: Access, orgName: string, body: z.output<typeof createInvitationBody>) {
  checkAssignable(access, body.role);
  const { secret, hash } = generateSecret();
  const row = await withChanges(deps.db, actor.userId, async (tx, record) => {
    if (await isMemberByEmail(tx, access.organizationId, body.email)) {
      throw fieldError("body.email", `${body.email} is already a member of this organization`, 409);
    }
    // A newer invitation replaces an open one for the same address.
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.organizationId, access.organizationId),
          eq(sql`lower(${invitations.email})`, body.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const [inserted] = await tx
      .insert(invitations)
      .values({
        organizationId: access.organizationId,
        id: uuidv7(),
        email: body.email,
        role: body.role,
        tokenHash: hash,
        invitedBy: actor.userId,
        expiresAt: expiry(),
      })
      .returning();
    if (!inserted) throw new Error("insert returned nothing");
    record({
      organizationId: access.organizationId,
      recordType: "invitation",
      recordId: inserted.id,
      action: "create",
      after: presentInvitation(inserted),
      event: "invitation.created",
    });
    return inserted;
  });
  const url = acceptUrlFor(deps.config.publicUrl, secret);
  await sendInvitationMail(deps, actor, row, url, orgName);
  return presentInvitation(row, url);
}

async function changeInvitation(deps: Deps, actor: Actor, organizationId: string, id: string, change: (row: InvitationRow) => Partial<InvitationRow>) {
  return withChanges(deps.db, actor.userId, async (tx, record) => {
    const before = await getInvitation(tx, organizationId, id);
    if (!before) throw notFound("Invitation");
    if (before.acceptedAt || before.revokedAt) {
      throw new AppError("invitation_invalid", 409, `This invitation is already ${invitationStatus(before)}`);
    }
    const [after] = await tx
      .update(invitations)
      .set(change(before))
      .where(and(eq(invitations.organizationId, organizationId), eq(invitations.id, id)))
      .returning();
    if (!after) throw notFound("Invitation");
    record({
      organizationId,
      recordType: "invitation",
      recordId: id,
      action: "update",
      before: presentInvitation(before),
      after: presentInvitation(after),
      event: "invitation.updated",
    });
    return after;
  });
}

/** Revoking follows the same rule as inviting: a manager cannot revoke an admin invitation. */
export async function revokeInvitation(deps: Deps, actor: Actor, access: Access, id: string) {
  const row = await changeInvitation(deps, actor, access.organizationId, id, (before) => {
    checkAssignable(access, before.role as OrgRole);
    return { revokedAt: new Date() };
  });
  return presentInvitation(row);
}

/** Issues a fresh link (the old one stops working) and sends it again. */
export async function resendInvitation(deps: Deps, actor: Actor, access: Access, orgName: string, id: string) {
  const { secret, hash } = generateSecret();
  const row = await changeInvitation(deps, actor, access.organizationId, id, (before) => {
    checkAssignable(access, before.role as OrgRole);
    return { tokenHash: hash, expiresAt: expiry() };
  });
  const url = acceptUrlFor(deps.config.publicUrl, secret);
  await sendInvitationMail(deps, actor, row, url, orgName);
  return presentInvitation(row, url);
}

export async function previewInvitation(deps: Deps, token: string) {
  const found = await getInvitationByTokenHash(deps.db, hashToken(token));
  if (!found) throw notFound("Invitation");
  const { invitation, organizationName } = found;
  return {
    organizationName,
    email: invitation.email,
    role: invitation.role as OrgRole,
    status: invitationStatus(invitation),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/** Joins the organization; the invitation must be pending and addressed to this user. */
export async function acceptInvitation(deps: Deps, actor: Actor, token: string) {
  return withChanges(deps.db, actor.userId, async (tx, record) => {
    const found = await getInvitationByTokenHash(tx, hashToken(token), true);
    if (!found) throw notFound("Invitation");
    const { invitation } = found;
    const status = invitationStatus(invitation);
    if (status !== "pending") throw new AppError("invitation_invalid", 409, `This invitation is ${status}; ask for a new one`);
    if (invitation.email.toLowerCase() !== actor.email.toLowerCase()) {
      throw forbidden(`This invitation was sent to ${invitation.email}; sign in with that address to accept it`);
    }
    const orgId = invitation.organizationId;
    await insertMembership(tx, record, actor.userId, orgId, { id: actor.userId, name: actor.name, email: actor.email }, invitation.role as OrgRole);
    const [accepted] = await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: actor.userId })
      .where(and(eq(invitations.organizationId, orgId), eq(invitations.id, invitation.id)))
      .returning();
    if (accepted) {
      record({
        organizationId: orgId,
        recordType: "invitation",
        recordId: invitation.id,
        action: "update",
        before: presentInvitation(invitation),
        after: presentInvitation(accepted),
        event: "invitation.updated",
      });
    }
    return { organizationId: orgId };
  });
}
