import type { Explanation } from "@backlot/contracts/core/authz";
import { type Action, type OrgRole, policy } from "@backlot/contracts/core/roles";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** Whether a role may perform an action, from the shared policy table the server also uses. */
export function can(role: OrgRole | undefined, action: Action): boolean {
  return role !== undefined && policy[action].includes(role);
}

/** The server's explanation of a decision ("why can't I?"), fetched only when asked for. */
export function useExplain(orgId: string, action: Action, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.explain(orgId, action),
    queryFn: () => api<Explanation>(`/api/v1/organizations/${orgId}/authorization/explain`, { query: { action } }),
    enabled,
    staleTime: 60_000,
  });
}
