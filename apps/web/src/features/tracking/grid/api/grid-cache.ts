import type { GridCell, GridPage } from "@backlot/contracts/tracking/grid";
import type { Task } from "@backlot/contracts/tracking/tasks";
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../../lib/query-keys";

type GridData = InfiniteData<GridPage, string | undefined>;

/**
 * Replaces one task's cell in every cached grid of its project. Only the page holding the
 * row gets new objects, so the grid re-renders one row rather than diffing thousands. An older
 * version never overwrites a newer one (events can arrive after the mutation's own answer).
 */
export function patchGridTask(
  queryClient: QueryClient,
  orgId: string,
  task: Pick<Task, "id" | "projectId" | "entityId" | "taskTypeId" | "archivedAt"> & GridCell,
) {
  if (!task.entityId) return;
  queryClient.setQueriesData<GridData>({ queryKey: queryKeys.grids(orgId, task.projectId) }, (data) => {
    if (!data) return data;
    let changed = false;
    const pages = data.pages.map((page) => {
      const index = page.rows.findIndex((r) => r.id === task.entityId);
      const row = page.rows[index];
      if (!row) return page;
      const current = row.tasks[task.taskTypeId];
      if (current && current.id === task.id && current.version > task.version) return page;
      const tasks = { ...row.tasks };
      if (task.archivedAt) delete tasks[task.taskTypeId];
      else tasks[task.taskTypeId] = { id: task.id, statusId: task.statusId, assigneeSlotIds: task.assigneeSlotIds, version: task.version };
      changed = true;
      const rows = [...page.rows];
      rows[index] = { ...row, tasks };
      return { ...page, rows };
    });
    return changed ? { ...data, pages } : data;
  });
}

/** Reads a cell as the grid currently shows it (for optimistic updates and their rollback). */
export function findGridCell(queryClient: QueryClient, orgId: string, projectId: string, entityId: string, taskTypeId: string): GridCell | undefined {
  for (const [, data] of queryClient.getQueriesData<GridData>({ queryKey: queryKeys.grids(orgId, projectId) })) {
    for (const page of data?.pages ?? []) {
      const cell = page.rows.find((r) => r.id === entityId)?.tasks[taskTypeId];
      if (cell) return cell;
    }
  }
  return undefined;
}
