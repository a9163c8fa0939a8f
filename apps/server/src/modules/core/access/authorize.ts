import type { Explanation } from "@backlot/contracts/core/authz";
import { type Action, actionDescriptions, type OrgRole, orgRoles, policy, roleList, type ScopeType } from "@backlot/contracts/core/roles";
import type { Access } from "./access.repo";

export type Scope = { type: ScopeType; id: string };

const article = (role: OrgRole) => `${/^[aeiou]/.test(role) ? "an" : "a"} ${role}`;

/** Lower index = more powerful; used to pick the strongest of an org role and a scoped role. */
const rank = (role: OrgRole) => orgRoles.indexOf(role);

/**
 * The one authorization decision of the API (CORE-3). Every route calls it; the explain
 * endpoint returns its answer verbatim, so "why can't I?" is never a guess.
 */
export function authorize(access: Access, action: Action, scope?: Scope): Explanation {
  const allowedRoles = [...policy[action]];
  const scopedRole = scope ? access.scoped.find((s) => s.scopeType === scope.type && s.scopeId === scope.id)?.role : undefined;
  const orgAllowed = allowedRoles.includes(access.role);
  const scopeAllowed = scopedRole !== undefined && allowedRoles.includes(scopedRole);
  const role = scopedRole && rank(scopedRole) < rank(access.role) ? scopedRole : access.role;
  const list = roleList(allowedRoles);
  const what = actionDescriptions[action];
  if (orgAllowed) {
    return {
      action,
      allowed: true,
      role: access.role,
      grantedBy: "organization",
      allowedRoles,
      reason: `As ${article(access.role)} of this organization you can ${what}.`,
    };
  }
  if (scopeAllowed && scope) {
    return {
      action,
      allowed: true,
      role: scopedRole,
      grantedBy: "scope",
      allowedRoles,
      reason: `As ${article(scopedRole)} of this ${scope.type} you can ${what} there.`,
    };
  }
  const scopeNote = scopedRole ? ` (and ${article(scopedRole)} of this ${scope?.type})` : "";
  return {
    action,
    allowed: false,
    role,
    grantedBy: null,
    allowedRoles,
    reason: `Only ${/^[aeiou]/.test(list) ? "an" : "a"} ${list} can ${what}; you are ${article(access.role)}${scopeNote}. Ask an admin of the organization.`,
  };
}
