import { and, eq } from "drizzle-orm";
import type { OrgRole, ScopeType } from "@backlot/contracts/core/roles";
import type { Queryable } from "../../../platform/db/pool";
import { memberships, scopedMemberships } from "../../../platform/db/schema";

export type Access = {
  organizationId: string;
  userId: string;
  membershipId: string;
  role: OrgRole;
  scoped: { scopeType: ScopeType; scopeId: string; role: OrgRole }[];
};

/** The user's membership and scoped roles in one organization, or null if not a member. */
export async function loadAccess(db: Queryable, organizationId: string, userId: string): Promise<Access | null> {
  const [membership] = await db
    .select({ id: memberships.id, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  if (!membership) return null;
  const scoped = await db
    .select({ scopeType: scopedMemberships.scopeType, scopeId: scopedMemberships.scopeId, role: scopedMemberships.role })
    .from(scopedMemberships)
    .where(and(eq(scopedMemberships.organizationId, organizationId), eq(scopedMemberships.userId, userId)));
  return {
    organizationId,
    userId,
    membershipId: membership.id,
    role: membership.role as OrgRole,
    scoped: scoped as Access["scoped"],
  };
}
