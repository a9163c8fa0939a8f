import { sql } from "drizzle-orm";
import type { OrgRole, ScopeType } from "@backlot/contracts/core/roles";
import type { Queryable } from "../../../platform/db/pool";

export type Access = {
  organizationId: string;
  userId: string;
  membershipId: string;
  role: OrgRole;
  scoped: { scopeType: ScopeType; scopeId: string; role: OrgRole }[];
};

type AccessRow = { id: string; role: OrgRole; scoped: Access["scoped"] };

/**
 * The user's membership and scoped roles in one organization, or null if not a member.
 * Every authorized request runs this, so it is a single round trip.
 */
export async function loadAccess(db: Queryable, organizationId: string, userId: string): Promise<Access | null> {
  const result = await db.execute<AccessRow>(sql`
    SELECT m.id, m.role,
           COALESCE(json_agg(json_build_object('scopeType', s.scope_type, 'scopeId', s.scope_id, 'role', s.role))
                    FILTER (WHERE s.id IS NOT NULL), '[]') AS scoped
    FROM memberships m
    LEFT JOIN scoped_memberships s ON s.organization_id = m.organization_id AND s.user_id = m.user_id
    WHERE m.organization_id = ${organizationId} AND m.user_id = ${userId}
    GROUP BY m.id, m.role`);
  const row = result.rows[0];
  if (!row) return null;
  return { organizationId, userId, membershipId: row.id, role: row.role, scoped: row.scoped };
}
