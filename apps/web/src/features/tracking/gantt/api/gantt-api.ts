import type { Dependency, Readiness, TaskChangeResult, TaskListItem } from "@backlot/contracts/tracking/tasks";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";
import { projectUrl, recordKeys } from "../../entities/api/record-keys";

type Page<T> = { items: T[]; nextCursor: string | null };
const MAX_TASKS = 5000;

/** Every task of a project (up to 5,000), paged through 200 at a time: the Gantt shows them all. */
export function useProjectTasks(orgId: string, projectId: string) {
  return useQuery({
    queryKey: [...recordKeys.taskLists(orgId), projectId, "gantt"],
    queryFn: async ({ signal }) => {
      const items: TaskListItem[] = [];
      let cursor: string | undefined;
      do {
        const page = await api<Page<TaskListItem>>(`${projectUrl(orgId, projectId)}/tasks`, { query: { limit: 200, cursor }, signal });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && items.length < MAX_TASKS);
      return { items, truncated: Boolean(cursor) };
    },
  });
}

export function useProjectDependencies(orgId: string, projectId: string) {
  return useQuery({
    queryKey: recordKeys.dependencies(orgId, projectId),
    queryFn: () => api<{ items: Dependency[] }>(`${projectUrl(orgId, projectId)}/dependencies`),
    select: (r) => r.items,
  });
}

export function useReadiness(orgId: string, projectId: string, taskId: string | null) {
  return useQuery({
    queryKey: [...recordKeys.taskLists(orgId), projectId, "readiness", taskId],
    queryFn: () => api<Readiness>(`${projectUrl(orgId, projectId)}/tasks/${taskId}/readiness`),
    enabled: Boolean(taskId),
  });
}

/** Puts a saved task into the Gantt's list at once (its new version lets the next drag save). */
function usePatchGanttTask(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return (saved: TaskChangeResult) =>
    queryClient.setQueryData<{ items: TaskListItem[]; truncated: boolean }>([...recordKeys.taskLists(orgId), projectId, "gantt"], (old) =>
      old ? { ...old, items: old.items.map((t) => (t.id === saved.id ? { ...t, ...saved } : t)) } : old,
    );
}

/** New dates for a task, against the version it was read at. */
export function useScheduleTask(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  const patch = usePatchGanttTask(orgId, projectId);
  return useMutation({
    scope: { id: `task-edits-${orgId}` },
    mutationFn: ({ task, startDate, dueDate }: { task: Pick<TaskListItem, "id" | "version">; startDate: string; dueDate: string }) =>
      api<TaskChangeResult>(`${projectUrl(orgId, projectId)}/tasks/${task.id}`, { method: "PATCH", body: { version: task.version, startDate, dueDate } }),
    onSuccess: (saved) => {
      patch(saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "task", saved.id) });
      void queryClient.invalidateQueries({ queryKey: recordKeys.grids(orgId, projectId) });
    },
    // A refusal (stale version, bad dates) reloads the chart so the bar snaps back to the truth.
    onError: () => queryClient.invalidateQueries({ queryKey: [...recordKeys.taskLists(orgId), projectId, "gantt"] }),
  });
}

function useDependencyChanged(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return (taskId: string) => {
    void queryClient.invalidateQueries({ queryKey: recordKeys.dependencies(orgId, projectId) });
    void queryClient.invalidateQueries({ queryKey: [...recordKeys.taskLists(orgId), projectId, "readiness"] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "task", taskId) });
  };
}

export function useAddDependency(orgId: string, projectId: string) {
  const changed = useDependencyChanged(orgId, projectId);
  return useMutation({
    mutationFn: ({ taskId, predecessorId }: { taskId: string; predecessorId: string }) =>
      api<{ items: Dependency[] }>(`${projectUrl(orgId, projectId)}/tasks/${taskId}/dependencies`, { method: "POST", body: { predecessorId } }),
    onSuccess: (_r, { taskId }) => changed(taskId),
  });
}

export function useRemoveDependency(orgId: string, projectId: string) {
  const changed = useDependencyChanged(orgId, projectId);
  return useMutation({
    mutationFn: ({ taskId, predecessorId }: { taskId: string; predecessorId: string }) =>
      api<void>(`${projectUrl(orgId, projectId)}/tasks/${taskId}/dependencies/${predecessorId}`, { method: "DELETE" }),
    onSuccess: (_r, { taskId }) => changed(taskId),
  });
}
