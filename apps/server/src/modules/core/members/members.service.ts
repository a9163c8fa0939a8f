import { and, eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { OrgRole } from "@backlot/contracts/core/roles";
import type { z } from "zod";
import type { updateMemberBody } from "@backlot/contracts/core/members";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import type { Db, Tx } from "../../../platform/db/pool";
import { memberships, scopedMemberships } from "../../../platform/db/schema";
import { AppError, notFound, versionConflict } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { lockOrganization } from "../organizations/organizations.repo";
import { presentMembership, type MemberRow } from "./members.presenter";
import { countAdmins, getMember } from "./members.repo";

/**
 * Makes a user a member, with its history and live event; does nothing if they already are.
 * Used by organization creation, invitation acceptance and the demo studio.
 */
export async function insertMembership(
  tx: Tx,
  record: RecordChange,
  by: string,
  organizationId: string,
  user: { id: string; name: string; email: string },
  role: OrgRole,
) {
  const [membership] = await tx
    .insert(memberships)
    .values({ organizationId, id: uuidv7(), userId: user.id, role, createdBy: by, updatedBy: by })
    .onConflictDoNothing()
    .returning();
  if (!membership) return null;
  const after = presentMembership({ ...membership, name: user.name, email: user.email });
  record({ organizationId, recordType: "membership", recordId: membership.id, action: "create", after, event: "membership.created" });
  return after;
}

const lastAdmin = (what: string) => new AppError("last_admin", 409, `${what}: an organization needs at least one admin. Make someone else an admin first.`);

/** Loads a member with the organization locked, so "last admin" checks cannot race. */
async function lockedMember(tx: Tx, organizationId: string, id: string): Promise<MemberRow> {
  await lockOrganization(tx, organizationId);
  const member = await getMember(tx, organizationId, id);
  if (!member) throw notFound("Member");
  return member;
}

export async function updateMemberRole(db: Db, actor: Actor, organizationId: string, id: string, body: z.output<typeof updateMemberBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await lockedMember(tx, organizationId, id);
    if (before.role === body.role) return presentMembership(before);
    if (before.role === "admin" && body.role !== "admin" && (await countAdmins(tx, organizationId)) <= 1) {
      throw lastAdmin("The last admin cannot be demoted");
    }
    const [updated] = await tx
      .update(memberships)
      .set({ role: body.role, version: sql`${memberships.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.id, id), eq(memberships.version, body.version)))
      .returning();
    if (!updated) throw versionConflict(presentMembership(before));
    const after = presentMembership({ ...updated, name: before.name, email: before.email });
    record({ organizationId, recordType: "membership", recordId: id, action: "update", before: presentMembership(before), after, event: "membership.updated" });
    return after;
  });
}

/** Removes a member (or lets one leave): scoped roles in the organization go with them. */
export async function removeMember(db: Db, actor: Actor, organizationId: string, id: string) {
  await withChanges(db, actor.userId, async (tx, record) => {
    const member = await lockedMember(tx, organizationId, id);
    if (member.role === "admin" && (await countAdmins(tx, organizationId)) <= 1) {
      throw lastAdmin(member.userId === actor.userId ? "You are the last admin and cannot leave" : "The last admin cannot be removed");
    }
    await tx.delete(memberships).where(and(eq(memberships.organizationId, organizationId), eq(memberships.id, id)));
    await tx.delete(scopedMemberships).where(and(eq(scopedMemberships.organizationId, organizationId), eq(scopedMemberships.userId, member.userId)));
    record({
      organizationId,
      recordType: "membership",
      recordId: id,
      action: "delete",
      before: presentMembership(member),
      after: null,
      event: "membership.deleted",
    });
  });
}
