import type { CreateProjectBody, Project, UpdateProjectBody } from "@backlot/contracts/tracking/projects";
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

/** The list filter: "open" hides wrapped and archived projects, as the API does by default. */
export const projectListStatuses = ["open", "bidding", "active", "on_hold", "wrapped", "archived", "all"] as const;
export type ProjectListStatus = (typeof projectListStatuses)[number];
export type ProjectFilters = { q: string; status: ProjectListStatus };

type Page = { items: Project[]; nextCursor: string | null };

export const projectsUrl = (orgId: string) => `/api/v1/organizations/${orgId}/projects`;

export function useProjects(orgId: string, filters: ProjectFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.projectLists(orgId), filters],
    queryFn: ({ pageParam, signal }) =>
      api<Page>(projectsUrl(orgId), {
        query: { q: filters.q.trim() || undefined, status: filters.status, limit: 48, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Whether the organization has any project at all, archived and wrapped included (for empty states). */
export function useHasAnyProject(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.projectLists(orgId), "any"],
    queryFn: ({ signal }) => api<Page>(projectsUrl(orgId), { query: { status: "all", limit: 1 }, signal }),
    select: (page) => page.items.length > 0,
    enabled,
  });
}

export function useProject(orgId: string, projectId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.project(orgId, projectId),
    queryFn: () => api<Project>(`${projectsUrl(orgId)}/${projectId}`),
    enabled,
  });
}

/**
 * True when the project is archived: the server refuses every write to it (409
 * project_archived), so screens outside the project page hide their write actions.
 */
export function useProjectArchived(orgId: string, projectId: string | undefined): boolean {
  return Boolean(useProject(orgId, projectId ?? "", Boolean(projectId)).data?.archivedAt);
}

function useProjectSaved(orgId: string) {
  const queryClient = useQueryClient();
  return (project: Project) => {
    queryClient.setQueryData(queryKeys.project(orgId, project.id), project);
    void queryClient.invalidateQueries({ queryKey: queryKeys.projectLists(orgId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "project", project.id) });
  };
}

export function useCreateProject(orgId: string) {
  const onSuccess = useProjectSaved(orgId);
  return useMutation({
    mutationFn: (body: CreateProjectBody) => api<Project>(projectsUrl(orgId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdateProject(orgId: string, projectId: string) {
  const onSuccess = useProjectSaved(orgId);
  return useMutation({
    mutationFn: (body: UpdateProjectBody) => api<Project>(`${projectsUrl(orgId)}/${projectId}`, { method: "PATCH", body }),
    onSuccess,
  });
}

export function useArchiveProject(orgId: string, projectId: string) {
  const onSuccess = useProjectSaved(orgId);
  return useMutation({
    mutationFn: ({ archive, version }: { archive: boolean; version: number }) =>
      api<Project>(`${projectsUrl(orgId)}/${projectId}/${archive ? "archive" : "restore"}`, { method: "POST", body: { version } }),
    onSuccess,
  });
}
