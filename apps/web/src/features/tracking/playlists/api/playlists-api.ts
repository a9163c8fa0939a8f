import type { CreatePlaylistBody, Playlist, PlaylistDetail, UpdatePlaylistBody } from "@backlot/contracts/tracking/playlists";
import type { CreatedReviewLink, CreateReviewLinkBody, ReviewLink } from "@backlot/contracts/tracking/review-links";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

const orgUrl = (orgId: string) => `/api/v1/organizations/${orgId}`;
const playlistUrl = (orgId: string, id: string) => `${orgUrl(orgId)}/playlists/${id}`;
type Page = { items: Playlist[]; nextCursor: string | null };

/** A project's playlists, newest first (archived ones on request). */
export function usePlaylists(orgId: string, projectId: string, archived: boolean) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.playlistLists(orgId, projectId), { archived }],
    queryFn: ({ pageParam, signal }) =>
      api<Page>(`${orgUrl(orgId)}/projects/${projectId}/playlists`, {
        query: { archived: archived ? "true" : undefined, limit: 50, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePlaylist(orgId: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.playlist(orgId, id ?? ""),
    queryFn: ({ signal }) => api<PlaylistDetail>(playlistUrl(orgId, id ?? ""), { signal }),
    enabled: Boolean(id),
  });
}

function usePlaylistSaved(orgId: string) {
  const queryClient = useQueryClient();
  return (saved: PlaylistDetail) => {
    queryClient.setQueryData(queryKeys.playlist(orgId, saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: queryKeys.playlistLists(orgId, saved.projectId) });
  };
}

export function useCreatePlaylist(orgId: string, projectId: string) {
  const onSuccess = usePlaylistSaved(orgId);
  return useMutation({
    mutationFn: (body: CreatePlaylistBody) =>
      api<PlaylistDetail>(`${orgUrl(orgId)}/projects/${projectId}/playlists`, { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdatePlaylist(orgId: string, id: string) {
  const onSuccess = usePlaylistSaved(orgId);
  return useMutation({
    mutationFn: (body: UpdatePlaylistBody) => api<PlaylistDetail>(playlistUrl(orgId, id), { method: "PATCH", body }),
    onSuccess,
  });
}

export function useAddToPlaylist(orgId: string, id: string) {
  const onSuccess = usePlaylistSaved(orgId);
  return useMutation({
    mutationFn: (versionIds: string[]) => api<PlaylistDetail>(`${playlistUrl(orgId, id)}/items`, { method: "POST", body: { versionIds } }),
    onSuccess,
  });
}

export function useRemoveFromPlaylist(orgId: string, id: string) {
  const onSuccess = usePlaylistSaved(orgId);
  return useMutation({
    mutationFn: (versionId: string) => api<PlaylistDetail>(`${playlistUrl(orgId, id)}/items/${versionId}`, { method: "DELETE" }),
    onSuccess,
  });
}

/** A new playing order: shown at once, put back if the server refuses it. */
export function useReorderPlaylist(orgId: string, id: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.playlist(orgId, id);
  const onSuccess = usePlaylistSaved(orgId);
  return useMutation({
    mutationFn: (versionIds: string[]) => api<PlaylistDetail>(`${playlistUrl(orgId, id)}/items`, { method: "PUT", body: { versionIds } }),
    onMutate: async (versionIds) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<PlaylistDetail>(key);
      if (before) {
        const byId = new Map(before.items.map((v) => [v.id, v]));
        queryClient.setQueryData<PlaylistDetail>(key, { ...before, items: versionIds.flatMap((v) => byId.get(v) ?? []) });
      }
      return { before };
    },
    onError: (_e, _v, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onSuccess,
  });
}

export function useReviewLinks(orgId: string, playlistId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.reviewLinks(orgId, playlistId),
    queryFn: ({ signal }) => api<{ items: ReviewLink[] }>(`${playlistUrl(orgId, playlistId)}/review-links`, { signal }),
    select: (r) => r.items,
    enabled,
  });
}

export function useCreateReviewLink(orgId: string, playlistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReviewLinkBody) =>
      api<CreatedReviewLink>(`${playlistUrl(orgId, playlistId)}/review-links`, { method: "POST", body, idempotent: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reviewLinks(orgId, playlistId) }),
  });
}

export function useRevokeReviewLink(orgId: string, playlistId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) => api<ReviewLink>(`${orgUrl(orgId)}/review-links/${linkId}/revoke`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reviewLinks(orgId, playlistId) }),
  });
}
