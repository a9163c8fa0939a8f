import type { CreateRoleSlotBody, RoleSlot, UpdateRoleSlotBody } from "@backlot/contracts/tracking/slots";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

const slotsUrl = (orgId: string, projectId: string) => `/api/v1/organizations/${orgId}/projects/${projectId}/slots`;

/** The credits CSV of a project's filled and open slots; a plain link downloads it with the session cookie. */
export const creditsCsvUrl = (orgId: string, projectId: string) => `${slotsUrl(orgId, projectId)}/credits.csv`;

/** All role slots of a project, archived ones included: screens filter, live events patch one list. */
export function useSlots(orgId: string, projectId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.slots(orgId, projectId),
    queryFn: () => api<{ items: RoleSlot[] }>(slotsUrl(orgId, projectId), { query: { archived: "true" } }),
    select: (r) => r.items,
    enabled,
  });
}

function useSlotSaved(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.slots(orgId, projectId);
  return (saved: RoleSlot) => {
    queryClient.setQueryData<{ items: RoleSlot[] }>(key, (old) => {
      if (!old) return old;
      const exists = old.items.some((s) => s.id === saved.id);
      return { items: exists ? old.items.map((s) => (s.id === saved.id ? saved : s)) : [...old.items, saved] };
    });
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "role_slot", saved.id) });
  };
}

export function useCreateSlot(orgId: string, projectId: string) {
  const onSuccess = useSlotSaved(orgId, projectId);
  return useMutation({
    mutationFn: (body: CreateRoleSlotBody) => api<RoleSlot>(slotsUrl(orgId, projectId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdateSlot(orgId: string, projectId: string) {
  const onSuccess = useSlotSaved(orgId, projectId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateRoleSlotBody & { id: string }) => api<RoleSlot>(`${slotsUrl(orgId, projectId)}/${id}`, { method: "PATCH", body }),
    onSuccess,
  });
}
