import type { Entity } from "@backlot/contracts/tracking/entities";
import type { Task, TaskChangeResult, UpdateTaskBody } from "@backlot/contracts/tracking/tasks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

const projectUrl = (orgId: string, projectId: string) => `/api/v1/organizations/${orgId}/projects/${projectId}`;

export function useTaskDetail(orgId: string, projectId: string, taskId: string) {
  return useQuery({
    queryKey: queryKeys.taskDetail(orgId, taskId),
    queryFn: ({ signal }) => api<Task>(`${projectUrl(orgId, projectId)}/tasks/${taskId}`, { signal }),
  });
}

export function useEntity(orgId: string, projectId: string, entityId: string | null) {
  return useQuery({
    queryKey: queryKeys.entityDetail(orgId, entityId ?? ""),
    queryFn: ({ signal }) => api<Entity>(`${projectUrl(orgId, projectId)}/entities/${entityId}`, { signal }),
    enabled: Boolean(entityId),
    staleTime: 60_000,
  });
}

/** Edits the task from its drawer against the version the drawer shows; the answer may carry warnings. */
export function useUpdateTaskDetail(orgId: string, task: Task) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Omit<UpdateTaskBody, "version">) =>
      api<TaskChangeResult>(`${projectUrl(orgId, task.projectId)}/tasks/${task.id}`, { method: "PATCH", body: { ...changes, version: task.version } }),
    onSuccess: ({ warnings: _warnings, ...saved }) => {
      queryClient.setQueryData<Task>(queryKeys.taskDetail(orgId, saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "task", saved.id) });
    },
  });
}
