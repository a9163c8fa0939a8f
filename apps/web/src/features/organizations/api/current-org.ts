import type { Action } from "@backlot/contracts/core/roles";
import { useParams } from "react-router";
import { can } from "../../authz/api/permissions-api";
import { useOrganization } from "./organizations-api";

/** The organization in the URL (/o/:orgId/...) and what the user's role there allows. */
export function useCurrentOrg() {
  const { orgId } = useParams();
  if (!orgId) throw new Error("useCurrentOrg used outside /o/:orgId");
  const query = useOrganization(orgId);
  const role = query.data?.myRole;
  return {
    orgId,
    organization: query.data,
    role,
    can: (action: Action) => can(role, action),
  };
}
