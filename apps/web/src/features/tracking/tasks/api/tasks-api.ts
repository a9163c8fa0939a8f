import type { StatusState } from "@backlot/contracts/tracking/config";
import type { BulkUpdateTasksBody, Task, TaskChangeResult, TaskListItem, UpdateTaskBody } from "@backlot/contracts/tracking/tasks";
import { type InfiniteData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";
import { findGridCell, patchGridTask } from "../../grid/api/grid-cache";

type Page = { items: TaskListItem[]; nextCursor: string | null };
export type TaskPages = InfiniteData<Page, string | undefined>;

const tasksUrl = (orgId: string, projectId: string) => `/api/v1/organizations/${orgId}/projects/${projectId}/tasks`;

/** Filters of a task list, as the web builds them (the API reads `mine` from the query string). */
export type TaskListParams = {
  statusId?: string;
  state?: StatusState;
  taskTypeId?: string;
  assigneeSlotId?: string;
  entityId?: string;
  mine?: boolean;
  limit?: number;
};

/** A project's tasks (one board column) or, without a project, the organization's ("my tasks"). */
export function useTaskList(orgId: string, projectId: string | null, query: TaskListParams, enabled = true) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.taskLists(orgId), projectId ?? "all", query],
    queryFn: ({ pageParam, signal }) =>
      api<Page>(projectId ? tasksUrl(orgId, projectId) : `/api/v1/organizations/${orgId}/tasks`, {
        query: { ...query, mine: query.mine ? "true" : undefined, limit: query.limit ?? 50, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export type TaskPatch = { id: string; projectId: string; entityId: string | null; taskTypeId: string } & UpdateTaskBody;

/**
 * Edits one task (status, assignees, dates) against the version it was read at. The grid cell
 * changes at once; a refusal puts the cell back and the caller shows why.
 */
export function useUpdateTask(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // One at a time: quick successive edits of a cell each build on the version the last one saved.
    scope: { id: `task-edits-${orgId}` },
    mutationFn: ({ id, projectId, entityId, taskTypeId, ...body }: TaskPatch) => {
      const cached = entityId ? findGridCell(queryClient, orgId, projectId, entityId, taskTypeId) : undefined;
      const version = cached?.id === id ? Math.max(cached.version, body.version) : body.version;
      return api<TaskChangeResult>(`${tasksUrl(orgId, projectId)}/${id}`, { method: "PATCH", body: { ...body, version } });
    },
    onMutate: (patch) => {
      if (!patch.entityId) return undefined;
      const before = findGridCell(queryClient, orgId, patch.projectId, patch.entityId, patch.taskTypeId);
      if (before) {
        const optimistic = { ...before, statusId: patch.statusId ?? before.statusId, assigneeSlotIds: patch.assigneeSlotIds ?? before.assigneeSlotIds };
        patchGridTask(queryClient, orgId, {
          ...optimistic,
          projectId: patch.projectId,
          entityId: patch.entityId,
          taskTypeId: patch.taskTypeId,
          archivedAt: null,
        });
      }
      return { before };
    },
    onError: (_error, patch, context) => {
      if (context?.before && patch.entityId)
        patchGridTask(queryClient, orgId, {
          ...context.before,
          projectId: patch.projectId,
          entityId: patch.entityId,
          taskTypeId: patch.taskTypeId,
          archivedAt: null,
        });
    },
    onSuccess: (task) => {
      patchGridTask(queryClient, orgId, task);
      void queryClient.invalidateQueries({ queryKey: queryKeys.taskLists(orgId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "task", task.id) });
    },
  });
}

/** One change to many tasks, all or nothing (grid bulk edit). */
export function useBulkUpdateTasks(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkUpdateTasksBody) => api<{ items: TaskChangeResult[] }>(`${tasksUrl(orgId, projectId)}/bulk`, { method: "POST", body }),
    onSuccess: ({ items }) => {
      for (const task of items) patchGridTask(queryClient, orgId, task);
      void queryClient.invalidateQueries({ queryKey: queryKeys.taskLists(orgId) });
    },
    // All or nothing: a stale version anywhere refuses the lot, so reload what the grid shows.
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.grids(orgId, projectId) }),
  });
}

/** Adds the missing task of one entity for one task type (an empty grid cell). */
export function useCreateTask(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { entityId: string; taskTypeId: string }) => api<Task>(tasksUrl(orgId, projectId), { method: "POST", body, idempotent: true }),
    onSuccess: (task) => {
      patchGridTask(queryClient, orgId, task);
      void queryClient.invalidateQueries({ queryKey: queryKeys.taskLists(orgId) });
    },
  });
}

type ListKey = readonly [string, string, string, string, { statusId?: string; state?: string }];

/**
 * Moves a card to another board column: the card jumps at once (removed from every list,
 * added to the lists of its new column), the server gets the version the card was read at,
 * and a refusal puts every list back as it was.
 */
export function useMoveTask(orgId: string) {
  const queryClient = useQueryClient();
  const lists = queryKeys.taskLists(orgId);
  return useMutation({
    scope: { id: `task-edits-${orgId}` },
    mutationFn: ({ task, statusId }: { task: TaskListItem; statusId: string; column: { statusId?: string; state?: string } }) =>
      api<TaskChangeResult>(`${tasksUrl(orgId, task.projectId)}/${task.id}`, { method: "PATCH", body: { version: task.version, statusId } }),
    onMutate: async ({ task, statusId, column }) => {
      await queryClient.cancelQueries({ queryKey: lists });
      const snapshot = queryClient.getQueriesData<TaskPages>({ queryKey: lists });
      for (const [key, data] of snapshot) {
        if (!data) continue;
        const query = (key as unknown as ListKey)[4];
        const into = (column.statusId && query.statusId === column.statusId) || (column.state && query.state === column.state);
        const pages = data.pages.map((p, i) => {
          const items = p.items.filter((t) => t.id !== task.id);
          return { ...p, items: into && i === 0 ? [{ ...task, statusId }, ...items] : items };
        });
        queryClient.setQueryData<TaskPages>(key, { ...data, pages });
      }
      return { snapshot };
    },
    onError: (_e, _v, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSuccess: (saved) => {
      patchGridTask(queryClient, orgId, saved);
      // The moved card carries the new version, so a second drag of it is not refused as stale.
      queryClient.setQueriesData<TaskPages>({ queryKey: lists }, (data) =>
        data ? { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.map((t) => (t.id === saved.id ? { ...t, ...saved } : t)) })) } : data,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: lists }),
  });
}
