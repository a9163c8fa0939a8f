import type { TaskStatus } from "@backlot/contracts/tracking/config";
import type { GridRow } from "@backlot/contracts/tracking/grid";

import type { SlotChip } from "../../slots/components/slot-chips";

export type { SlotChip };

export type CellMenuKind = "status" | "assignees";

/** What cell renderers read through AG Grid's context, so columns never need rebuilding. */
export type GridContext = {
  statuses: Map<string, TaskStatus>;
  slots: Map<string, SlotChip>;
  /** task.progress: change status. */
  canProgress: boolean;
  /** task.edit: assign, add tasks. */
  canEdit: boolean;
  openMenu: (kind: CellMenuKind, anchor: HTMLElement, row: GridRow, taskTypeId: string) => void;
  createTask: (row: GridRow, taskTypeId: string, anchor: HTMLElement) => void;
};
