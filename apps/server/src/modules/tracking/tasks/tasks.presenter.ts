import type { Task } from "@backlot/contracts/tracking/tasks";
import { iso, presentMeta } from "../projects/projects.presenter";
import type { tasks } from "../tracking.schema";

export type TaskRow = typeof tasks.$inferSelect;

export function presentTask(row: TaskRow, assigneeSlotIds: string[]): Task {
  return {
    id: row.id,
    projectId: row.projectId,
    entityId: row.entityId,
    taskTypeId: row.taskTypeId,
    statusId: row.statusId,
    name: row.name,
    description: row.description,
    startDate: row.startDate,
    dueDate: row.dueDate,
    estimateHours: row.estimateHours,
    priority: row.priority,
    assigneeSlotIds,
    custom: row.custom,
    tags: row.tags,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}
