import { type SQL, sql } from "drizzle-orm";
import type { OrgRole, ScopeType } from "@backlot/contracts/core/roles";
import type { Queryable } from "../../../platform/db/pool";

export type Access = {
  organizationId: string;
  userId: string;
  membershipId: string;
  role: OrgRole;
  scoped: { scopeType: ScopeType; scopeId: string; role: OrgRole }[];
};

/** What `accessJson` yields: null when the user is not a member. */
export type AccessJson = { id: string; role: OrgRole; scoped: Access["scoped"] } | null;

/**
 * The user's membership and scoped roles in one organization as one JSON value (null if not a
 * member). A fragment, so the API-token lookup can fetch access in the same round trip.
 */
export function accessJson(organizationId: string, userId: SQL): SQL {
  return sql`(
    SELECT json_build_object('id', m.id, 'role', m.role, 'scoped', COALESCE(
             (SELECT json_agg(json_build_object('scopeType', s.scope_type, 'scopeId', s.scope_id, 'role', s.role))
              FROM scoped_memberships s WHERE s.organization_id = m.organization_id AND s.user_id = m.user_id), '[]'))
    FROM memberships m WHERE m.organization_id = ${organizationId} AND m.user_id = ${userId})`;
}

export function toAccess(organizationId: string, userId: string, json: AccessJson): Access | null {
  if (!json) return null;
  return { organizationId, userId, membershipId: json.id, role: json.role, scoped: json.scoped };
}

/**
 * The user's membership and scoped roles in one organization, or null if not a member.
 * Every authorized request runs this (unless the token lookup already did), so it is a single round trip.
 */
export async function loadAccess(db: Queryable, organizationId: string, userId: string): Promise<Access | null> {
  const result = await db.execute<{ access: AccessJson }>(sql`SELECT ${accessJson(organizationId, sql`${userId}::uuid`)} AS access`);
  return toAccess(organizationId, userId, result.rows[0]?.access ?? null);
}
