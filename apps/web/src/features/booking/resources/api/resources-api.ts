import type { CreateResourceBody, Resource, UpdateResourceBody } from "@backlot/contracts/booking/resources";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";

const resourcesUrl = (orgId: string) => `/api/v1/organizations/${orgId}/resources`;
export const resourceKeys = { lists: (orgId: string) => ["org", orgId, "booking", "resources"] as const };

export type ResourceFilters = { kind: "room" | "equipment" | null; q: string; archived: boolean };

/** Rooms and equipment; archived ones only when asked (then both, so a restore stays in view). */
export function useResources(orgId: string, filters: ResourceFilters) {
  return useQuery({
    queryKey: [...resourceKeys.lists(orgId), filters],
    queryFn: async ({ signal }) => {
      const query = { kind: filters.kind ?? undefined, q: filters.q.trim() || undefined };
      const live = api<{ items: Resource[] }>(resourcesUrl(orgId), { query, signal });
      if (!filters.archived) return (await live).items;
      const gone = api<{ items: Resource[] }>(resourcesUrl(orgId), { query: { ...query, archived: "true" }, signal });
      const [a, b] = await Promise.all([live, gone]);
      const seen = new Set(a.items.map((r) => r.id));
      return [...a.items, ...b.items.filter((r) => !seen.has(r.id))];
    },
    placeholderData: keepPreviousData,
  });
}

function useResourceSaved(orgId: string) {
  const queryClient = useQueryClient();
  return (saved: Resource) => {
    void queryClient.invalidateQueries({ queryKey: resourceKeys.lists(orgId) });
    void queryClient.invalidateQueries({ queryKey: ["org", orgId, "audit", "resource", saved.id] });
  };
}

export function useCreateResource(orgId: string) {
  const onSuccess = useResourceSaved(orgId);
  return useMutation({
    mutationFn: (body: CreateResourceBody) => api<Resource>(resourcesUrl(orgId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdateResource(orgId: string) {
  const onSuccess = useResourceSaved(orgId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateResourceBody & { id: string }) => api<Resource>(`${resourcesUrl(orgId)}/${id}`, { method: "PATCH", body }),
    onSuccess,
  });
}
