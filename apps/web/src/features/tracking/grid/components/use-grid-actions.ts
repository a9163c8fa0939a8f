import type { GridRow } from "@backlot/contracts/tracking/grid";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useUpdateEntity } from "../../entities/api/entities-api";
import { useCreateTask, useUpdateTask } from "../../tasks/api/tasks-api";
import { showTaskWarnings } from "../../tasks/components/task-warnings";
import { findGridCell } from "../api/grid-cache";
import type { OpenCellMenu } from "./cell-menu";
import type { EditTarget } from "./grid-columns";
import type { CellMenuKind } from "./grid-context";

type Target = { row: GridRow; taskTypeId: string };

function refusal(title: string, e: unknown) {
  const message = isApiError(e, "version_conflict") ? "Someone else changed this just now; the grid shows their change. Try again." : errorMessage(e);
  notifications.show({ color: "red", title, message });
}

/** What the grid's cells and editors do: open menus, change statuses and assignees, edit entity fields. */
export function useGridActions(orgId: string, projectId: string, taskTypeNames: Map<string, string>) {
  const queryClient = useQueryClient();
  const updateTask = useUpdateTask(orgId);
  const createTask = useCreateTask(orgId, projectId);
  const updateEntity = useUpdateEntity(orgId, projectId);
  const [menu, setMenu] = useState<(OpenCellMenu & Target) | null>(null);

  const openMenu = useCallback(
    (kind: CellMenuKind, anchor: HTMLElement, row: GridRow, taskTypeId: string) => {
      const cell = row.tasks[taskTypeId];
      if (!cell) return;
      const title = `${row.code} · ${taskTypeNames.get(taskTypeId) ?? "Task"}`;
      setMenu({ kind, rect: anchor.getBoundingClientRect(), row, taskTypeId, statusId: cell.statusId, assigneeSlotIds: cell.assigneeSlotIds, title });
    },
    [taskTypeNames],
  );

  /** The cell as the cache holds it now: its version may have moved since the menu opened. */
  const current = (t: Target) => findGridCell(queryClient, orgId, projectId, t.row.id, t.taskTypeId) ?? t.row.tasks[t.taskTypeId];

  const setStatus = (statusId: string) => {
    if (!menu) return;
    const cell = current(menu);
    if (!cell || cell.statusId === statusId) return;
    updateTask.mutate(
      { id: cell.id, version: cell.version, statusId, projectId, entityId: menu.row.id, taskTypeId: menu.taskTypeId },
      { onSuccess: showTaskWarnings, onError: (e) => refusal("Status not changed", e) },
    );
  };

  const toggleAssignee = (slotId: string) => {
    if (!menu) return;
    const cell = current(menu);
    if (!cell) return;
    const ids = cell.assigneeSlotIds.includes(slotId) ? cell.assigneeSlotIds.filter((id) => id !== slotId) : [...cell.assigneeSlotIds, slotId];
    setMenu({ ...menu, assigneeSlotIds: ids });
    updateTask.mutate(
      { id: cell.id, version: cell.version, assigneeSlotIds: ids, projectId, entityId: menu.row.id, taskTypeId: menu.taskTypeId },
      { onError: (e) => refusal("Assignees not changed", e) },
    );
  };

  const addTask = useCallback(
    (row: GridRow, taskTypeId: string) =>
      createTask.mutate({ entityId: row.id, taskTypeId }, { onError: (e) => refusal(`No ${taskTypeNames.get(taskTypeId) ?? ""} task was added`, e) }),
    [createTask.mutate, taskTypeNames],
  );

  const edit = useCallback(
    (row: GridRow, target: EditTarget, value: unknown) => {
      const body = target.kind === "custom" ? { custom: { [target.field.key]: value } } : { [target.field]: value };
      updateEntity.mutate({ id: row.id, version: row.version, ...body }, { onError: (e) => refusal(`${row.code} was not changed`, e) });
    },
    [updateEntity.mutate],
  );

  // Called on every scroll event: only a state change when a menu is actually open.
  const closeMenu = useCallback(() => setMenu((m) => (m ? null : m)), []);
  return { menu, openMenu, closeMenu, setStatus, toggleAssignee, addTask, edit };
}
