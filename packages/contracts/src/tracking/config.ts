import { z } from "zod";
import { optionalText, recordMeta, trimmed, versioned } from "../core/common";

/** The semantic states every project's statuses map onto (TRK-5). */
export const statusStates = ["not_started", "in_progress", "pending_review", "approved", "retake", "on_hold", "blocked"] as const;
export type StatusState = (typeof statusStates)[number];

export const builtInEntityTypes = ["episode", "sequence", "shot", "asset", "scene"] as const;

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, "A colour like #1c7ed6");
const typeKey = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, "Lower-case letters, digits and _ , starting with a letter");

export const entityTypeSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  key: z.string(),
  name: z.string(),
  parentKey: z.string().nullable(),
  sortOrder: z.number().int(),
  builtIn: z.boolean(),
  ...recordMeta,
});
export type EntityType = z.infer<typeof entityTypeSchema>;

export const createEntityTypeBody = z.object({
  key: typeKey,
  name: trimmed(100),
  parentKey: typeKey.nullish(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export const updateEntityTypeBody = z.object({ name: trimmed(100).optional(), sortOrder: z.number().int().min(0).max(10_000).optional(), ...versioned });

export const taskTypeSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  department: z.string().nullable(),
  entityTypeKey: z.string(),
  sortOrder: z.number().int(),
  color: z.string(),
  autoCreate: z.boolean(),
  gatesCasting: z.boolean(),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type TaskType = z.infer<typeof taskTypeSchema>;

const taskTypeFields = {
  name: trimmed(100),
  department: optionalText(100),
  entityTypeKey: typeKey,
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  color: color.optional(),
  autoCreate: z.boolean().optional(),
  gatesCasting: z.boolean().optional(),
};
export const createTaskTypeBody = z.object(taskTypeFields);
export const updateTaskTypeBody = z
  .object(taskTypeFields)
  .omit({ entityTypeKey: true })
  .partial()
  .extend({ ...versioned, archived: z.boolean().optional() });

export const taskStatusSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  shortCode: z.string(),
  state: z.enum(statusStates),
  color: z.string(),
  sortOrder: z.number().int(),
  isDefault: z.boolean(),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type TaskStatus = z.infer<typeof taskStatusSchema>;

const taskStatusFields = {
  name: trimmed(100),
  shortCode: z
    .string()
    .trim()
    .min(1)
    .max(12)
    .regex(/^[\p{L}\p{N}_-]+$/u, "Letters, digits, _ and - only"),
  state: z.enum(statusStates),
  color,
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  isDefault: z.boolean().optional(),
};
export const createTaskStatusBody = z.object(taskStatusFields);
export const updateTaskStatusBody = z
  .object(taskStatusFields)
  .partial()
  .extend({ ...versioned, archived: z.boolean().optional() });

/** Everything a project screen needs to render its grid, board and forms in one call. */
export const projectConfigSchema = z.object({
  entityTypes: z.array(entityTypeSchema),
  taskTypes: z.array(taskTypeSchema),
  statuses: z.array(taskStatusSchema),
});
export type ProjectConfig = z.infer<typeof projectConfigSchema>;
