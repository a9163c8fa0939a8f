import { z } from "zod";
import { recordMeta, trimmed, versioned } from "../core/common";

/** Saved views (CORE-14): filters, columns, sort and grouping of a screen, private or shared. */
export const viewKinds = ["grid", "kanban", "my_tasks", "gantt", "versions", "timesheet"] as const;

/** The view's settings as the screen defines them; kept as JSON, at most 64 KB. */
const config = z.record(z.string(), z.unknown()).refine((v) => JSON.stringify(v).length <= 65_536, "The view's settings are larger than 64 KB");

export const savedViewSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid().nullable(),
  ownerId: z.uuid().nullable(),
  name: z.string(),
  viewKind: z.enum(viewKinds),
  shared: z.boolean(),
  config: z.record(z.string(), z.unknown()),
  ...recordMeta,
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const createSavedViewBody = z.object({
  name: trimmed(200),
  viewKind: z.enum(viewKinds),
  projectId: z.uuid().nullish(),
  shared: z.boolean().default(false).describe("Visible to everyone in the organization; needs view.share"),
  config: config.default({}),
});
export type CreateSavedViewBody = z.input<typeof createSavedViewBody>;

export const updateSavedViewBody = z.object({ name: trimmed(200).optional(), shared: z.boolean().optional(), config: config.optional(), ...versioned });
export type UpdateSavedViewBody = z.input<typeof updateSavedViewBody>;

export const savedViewListQuery = z.object({
  projectId: z.uuid().optional(),
  viewKind: z.enum(viewKinds).optional(),
});
