import type { CreateSavedViewBody, SavedView, UpdateSavedViewBody } from "@backlot/contracts/tracking/saved-views";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

export type ViewKind = SavedView["viewKind"];
const viewsUrl = (orgId: string) => `/api/v1/organizations/${orgId}/saved-views`;

/** My views and the shared ones of a screen (and project). */
export function useSavedViews(orgId: string, viewKind: ViewKind, projectId: string | null) {
  return useQuery({
    queryKey: [...queryKeys.savedViews(orgId), { viewKind, projectId }],
    queryFn: ({ signal }) => api<{ items: SavedView[] }>(viewsUrl(orgId), { query: { viewKind, projectId }, signal }),
    select: (r) => r.items,
  });
}

function useViewsChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.savedViews(orgId) });
}

export function useCreateSavedView(orgId: string) {
  const onSuccess = useViewsChanged(orgId);
  return useMutation({
    mutationFn: (body: CreateSavedViewBody) => api<SavedView>(viewsUrl(orgId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdateSavedView(orgId: string) {
  const onSuccess = useViewsChanged(orgId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateSavedViewBody & { id: string }) => api<SavedView>(`${viewsUrl(orgId)}/${id}`, { method: "PATCH", body }),
    onSuccess,
  });
}

export function useDeleteSavedView(orgId: string) {
  const onSuccess = useViewsChanged(orgId);
  return useMutation({
    mutationFn: (id: string) => api<void>(`${viewsUrl(orgId)}/${id}`, { method: "DELETE" }),
    onSuccess,
  });
}
