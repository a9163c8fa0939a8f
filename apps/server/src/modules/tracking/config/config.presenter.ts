import type { EntityType, TaskStatus, TaskType } from "@backlot/contracts/tracking/config";
import { iso, presentMeta } from "../projects/projects.presenter";
import type { entityTypes, taskStatuses, taskTypes } from "../tracking.schema";

export type EntityTypeRow = typeof entityTypes.$inferSelect;
export type TaskTypeRow = typeof taskTypes.$inferSelect;
export type TaskStatusRow = typeof taskStatuses.$inferSelect;

export function presentEntityType(row: EntityTypeRow): EntityType {
  return {
    id: row.id,
    projectId: row.projectId,
    key: row.key,
    name: row.name,
    parentKey: row.parentKey,
    sortOrder: row.sortOrder,
    builtIn: row.builtIn,
    ...presentMeta(row),
  };
}

export function presentTaskType(row: TaskTypeRow): TaskType {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    department: row.department,
    entityTypeKey: row.entityTypeKey,
    sortOrder: row.sortOrder,
    color: row.color,
    autoCreate: row.autoCreate,
    gatesCasting: row.gatesCasting,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}

export function presentTaskStatus(row: TaskStatusRow): TaskStatus {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    shortCode: row.shortCode,
    state: row.state as TaskStatus["state"],
    color: row.color,
    sortOrder: row.sortOrder,
    isDefault: row.isDefault,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}
