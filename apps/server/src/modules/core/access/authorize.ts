import type { Explanation } from "@backlot/contracts/core/authz";
import { type Action, type OrgRole, orgRoles, policy, type ScopeType } from "@backlot/contracts/core/roles";
import type { Access } from "./access.repo";

export type Scope = { type: ScopeType; id: string };

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
  const list = allowedRoles.join(", ");
  if (orgAllowed) {
    return {
      action,
      allowed: true,
      role: access.role,
      grantedBy: "organization",
      allowedRoles,
      reason: `Your organization role "${access.role}" may ${action} (allowed: ${list}).`,
    };
  }
  if (scopeAllowed && scope) {
    return {
      action,
      allowed: true,
      role: scopedRole,
      grantedBy: "scope",
      allowedRoles,
      reason: `Your role "${scopedRole}" on ${scope.type} ${scope.id} may ${action} (allowed: ${list}).`,
    };
  }
  const scopeNote = scopedRole ? ` and your role on this ${scope?.type} is "${scopedRole}"` : "";
  return {
    action,
    allowed: false,
    role,
    grantedBy: null,
    allowedRoles,
    reason: `Only ${list} may ${action}; your organization role is "${access.role}"${scopeNote}. Ask an admin of the organization.`,
  };
}
