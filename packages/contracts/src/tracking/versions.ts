import { z } from "zod";
import { commentSchema } from "../core/comments";
import { optionalText, pageQuery, recordMeta, versioned } from "../core/common";
import { fileSchema } from "../core/files";

/**
 * Review status of a version (TRK-7). Setting `approved` or `retake` also moves the version's
 * task to the project's first status with that semantic state.
 */
export const reviewStatuses = ["pending_review", "approved", "retake"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const versionSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  taskId: z.uuid(),
  number: z.number().int().describe("1, 2, 3 … per task"),
  label: z.string().describe('"v001"'),
  fileId: z.uuid().nullable(),
  file: fileSchema.nullable(),
  description: z.string().nullable(),
  reviewStatus: z.enum(reviewStatuses),
  submittedBy: z.uuid().nullable(),
  submittedByName: z.string().nullable(),
  taskName: z.string(),
  taskTypeName: z.string(),
  entityId: z.uuid().nullable(),
  entityCode: z.string().nullable(),
  ...recordMeta,
});
export type Version = z.infer<typeof versionSchema>;

export const createVersionBody = z.object({
  fileId: z.uuid().nullish().describe("A file uploaded with POST …/files"),
  description: optionalText(5000),
});
export type CreateVersionBody = z.input<typeof createVersionBody>;

export const updateVersionBody = z.object({ description: optionalText(5000), ...versioned });
export type UpdateVersionBody = z.input<typeof updateVersionBody>;

/** A reviewer's decision, optionally with a note (a comment on the version, may @mention). */
export const reviewVersionBody = z.object({
  reviewStatus: z.enum(reviewStatuses),
  note: z.string().trim().min(1).max(20_000).optional(),
  noteClientVisible: z.boolean().default(false),
  ...versioned,
});
export type ReviewVersionBody = z.input<typeof reviewVersionBody>;

export const reviewResultSchema = z.object({
  version: versionSchema,
  task: z.object({ id: z.uuid(), statusId: z.uuid(), version: z.number().int(), moved: z.boolean() }),
  note: commentSchema.nullable(),
});
export type ReviewResult = z.infer<typeof reviewResultSchema>;

export const versionListQuery = pageQuery.extend({
  taskId: z.uuid().optional(),
  reviewStatus: z.enum(reviewStatuses).optional(),
});
export type VersionListQuery = z.input<typeof versionListQuery>;

export const taskParams = z.object({ orgId: z.uuid(), taskId: z.uuid() });
