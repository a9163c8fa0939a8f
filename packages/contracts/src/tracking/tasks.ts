import { z } from "zod";
import { optionalText, pageQuery, recordMeta, versioned } from "../core/common";
import { statusStates } from "./config";
import { tagList } from "./projects";

export const taskPriorities = [0, 1, 2, 3] as const;
export const priorityLabels = ["Low", "Normal", "High", "Urgent"] as const;

const isoDate = z.iso.date();

export const taskSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  entityId: z.uuid().nullable(),
  taskTypeId: z.uuid(),
  statusId: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  startDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  estimateHours: z.number().nullable(),
  priority: z.number().int(),
  assigneeSlotIds: z.array(z.uuid()),
  custom: z.record(z.string(), z.unknown()),
  tags: z.array(z.string()),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type Task = z.infer<typeof taskSchema>;

/** A heads-up that does not stop the change, e.g. starting before a predecessor is approved. */
export const taskWarningSchema = z.object({
  code: z.enum(["predecessor_not_approved", "cast_asset_not_approved"]),
  message: z.string(),
  taskIds: z.array(z.uuid()),
});
export type TaskWarning = z.infer<typeof taskWarningSchema>;

export const taskChangeResultSchema = taskSchema.extend({ warnings: z.array(taskWarningSchema) });
export type TaskChangeResult = z.infer<typeof taskChangeResultSchema>;

function datesInOrder(v: { startDate?: string | null; dueDate?: string | null }) {
  return !v.startDate || !v.dueDate || v.startDate <= v.dueDate;
}
const dateOrder = { message: "The due date is before the start date", path: ["dueDate"] };

const taskFields = {
  name: z.string().trim().min(1).max(200).optional(),
  description: optionalText(10_000),
  statusId: z.uuid().optional(),
  startDate: isoDate.nullish(),
  dueDate: isoDate.nullish(),
  estimateHours: z.number().min(0).max(100_000).nullish(),
  priority: z.number().int().min(0).max(3).optional(),
  assigneeSlotIds: z.array(z.uuid()).max(50).optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
  tags: tagList.optional(),
};

export const createTaskBody = z.object({ ...taskFields, entityId: z.uuid().nullish(), taskTypeId: z.uuid() }).refine(datesInOrder, dateOrder);
export type CreateTaskBody = z.input<typeof createTaskBody>;

export const updateTaskBody = z.object(taskFields).partial().extend(versioned).refine(datesInOrder, dateOrder);
export type UpdateTaskBody = z.input<typeof updateTaskBody>;

/** One change applied to many tasks (grid bulk edit); each task names the version it was read at. */
export const bulkUpdateTasksBody = z.object({
  tasks: z
    .array(z.object({ id: z.uuid(), version: versioned.version }))
    .min(1)
    .max(1000),
  changes: z.object({
    statusId: z.uuid().optional(),
    assigneeSlotIds: z.array(z.uuid()).max(50).optional(),
    startDate: isoDate.nullish(),
    dueDate: isoDate.nullish(),
    priority: z.number().int().min(0).max(3).optional(),
  }),
});
export type BulkUpdateTasksBody = z.input<typeof bulkUpdateTasksBody>;

export const taskListQuery = pageQuery.extend({
  entityId: z.uuid().optional(),
  taskTypeId: z.uuid().optional(),
  statusId: z.uuid().optional(),
  state: z.enum(statusStates).optional(),
  assigneeSlotId: z.uuid().optional(),
  mine: z.stringbool().optional().describe("Only tasks assigned to slots filled by the caller's person"),
  dueBefore: isoDate.optional(),
});
export type TaskListQuery = z.input<typeof taskListQuery>;

/** A task as the board, "my tasks" and Gantt show it: with its entity, type and project. */
export const taskListItemSchema = taskSchema.extend({
  entityCode: z.string().nullable(),
  entityTypeKey: z.string().nullable(),
  entityThumbnailFileId: z.uuid().nullable(),
  taskTypeName: z.string(),
  projectName: z.string(),
  projectCode: z.string(),
});
export type TaskListItem = z.infer<typeof taskListItemSchema>;

export const dependencySchema = z.object({
  predecessorId: z.uuid(),
  successorId: z.uuid(),
  predecessorName: z.string(),
  successorName: z.string(),
  predecessorState: z.enum(statusStates),
});
export type Dependency = z.infer<typeof dependencySchema>;

export const addDependencyBody = z.object({ predecessorId: z.uuid() });

/** Why a task is or is not ready to start (TRK-6). */
export const readinessSchema = z.object({
  ready: z.boolean(),
  blockers: z.array(taskWarningSchema),
});
export type Readiness = z.infer<typeof readinessSchema>;
