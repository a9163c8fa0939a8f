import type { PlaylistDetail } from "@backlot/contracts/tracking/playlists";
import type { ReviewResult, ReviewStatus, ReviewVersionBody, Version } from "@backlot/contracts/tracking/versions";
import { type InfiniteData, keepPreviousData, type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

const orgUrl = (orgId: string) => `/api/v1/organizations/${orgId}`;
type Page = { items: Version[]; nextCursor: string | null };

/** A task's versions, newest first. */
export function useTaskVersions(orgId: string, taskId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.taskVersions(orgId, taskId),
    queryFn: ({ signal }) => api<{ items: Version[] }>(`${orgUrl(orgId)}/tasks/${taskId}/versions`, { signal }),
    select: (r) => r.items,
    enabled,
  });
}

export type VersionFilters = { reviewStatus?: ReviewStatus | null };

/** A project's versions, newest first, optionally only those with one review status. */
export function useProjectVersions(orgId: string, projectId: string, filters: VersionFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.projectVersions(orgId, projectId), filters],
    queryFn: ({ pageParam, signal }) =>
      api<Page>(`${orgUrl(orgId)}/projects/${projectId}/versions`, {
        query: { reviewStatus: filters.reviewStatus ?? undefined, limit: 48, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useVersion(orgId: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.version(orgId, id ?? ""),
    queryFn: ({ signal }) => api<Version>(`${orgUrl(orgId)}/versions/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

const newer = (old: Version, incoming: Version) => (old.version > incoming.version ? old : incoming);

/**
 * Puts a saved version everywhere it is cached: its task's list, its detail, playlists and
 * project pages holding it. A version new to its task is added at the top of that list.
 */
export function patchVersion(queryClient: QueryClient, orgId: string, incoming: Version) {
  queryClient.setQueryData<{ items: Version[] }>(queryKeys.taskVersions(orgId, incoming.taskId), (old) => {
    if (!old) return old;
    const exists = old.items.some((v) => v.id === incoming.id);
    return { items: exists ? old.items.map((v) => (v.id === incoming.id ? newer(v, incoming) : v)) : [incoming, ...old.items] };
  });
  queryClient.setQueryData<Version>(queryKeys.version(orgId, incoming.id), (old) => (old ? newer(old, incoming) : old));
  queryClient.setQueriesData<PlaylistDetail>({ queryKey: [...queryKeys.playlists(orgId), "detail"] }, (old) =>
    old?.items.some((v) => v.id === incoming.id) ? { ...old, items: old.items.map((v) => (v.id === incoming.id ? newer(v, incoming) : v)) } : old,
  );
  queryClient.setQueriesData<InfiniteData<Page>>({ queryKey: queryKeys.projectVersions(orgId, incoming.projectId) }, (old) =>
    old ? { ...old, pages: old.pages.map((p) => ({ ...p, items: p.items.map((v) => (v.id === incoming.id ? newer(v, incoming) : v)) })) } : old,
  );
}

export function useCreateVersion(orgId: string, taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { fileId: string; description?: string | null }) =>
      api<Version>(`${orgUrl(orgId)}/tasks/${taskId}/versions`, { method: "POST", body, idempotent: true }),
    onSuccess: (version) => {
      patchVersion(queryClient, orgId, version);
      void queryClient.invalidateQueries({ queryKey: queryKeys.projectVersions(orgId, version.projectId) });
    },
  });
}

/** A reviewer's decision (approve, retake, back to pending) with an optional note. */
export function useReviewVersion(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ReviewVersionBody & { id: string }) => api<ReviewResult>(`${orgUrl(orgId)}/versions/${id}/review`, { method: "POST", body }),
    onSuccess: (result) => {
      patchVersion(queryClient, orgId, result.version);
      void queryClient.invalidateQueries({ queryKey: queryKeys.comments(orgId, "version", result.version.id) });
      if (result.task.moved) void queryClient.invalidateQueries({ queryKey: queryKeys.taskDetail(orgId, result.task.id) });
    },
  });
}
