import { z } from "zod";
import { entitySchema } from "./entities";

/**
 * One cell of the production grid: the task of one entity for one task type. Only what the grid
 * shows and edits against: a page is 200 rows × every step, so each field is paid 2,000 times.
 */
export const gridCellSchema = z.object({
  id: z.uuid(),
  statusId: z.uuid(),
  assigneeSlotIds: z.array(z.uuid()),
  version: z.number().int(),
});
export type GridCell = z.infer<typeof gridCellSchema>;

/** A grid row: the entity columns the grid shows (the drawer loads the full record), and its cells. */
export const gridRowSchema = entitySchema
  .pick({ id: true, code: true, name: true, parentCode: true, assetType: true, frameIn: true, frameOut: true, cutDuration: true, custom: true, version: true })
  .extend({
    /** Keyed by task type id. */
    tasks: z.record(z.string(), gridCellSchema),
  });
export type GridRow = z.infer<typeof gridRowSchema>;

const listOf = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** Grid query: one entity type, filtered; custom filters are `custom=key:value`, repeatable. */
export const gridQuery = z.object({
  type: z.string().trim().min(1).max(40).default("shot"),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(200).optional(),
  parentId: z.uuid().optional(),
  statusId: z.uuid().optional().describe("Entities with at least one task in this status"),
  taskTypeId: z.uuid().optional().describe("With statusId: the status of this task type's task"),
  assigneeSlotId: z.uuid().optional().describe("Entities with a task assigned to this slot"),
  tag: z.string().trim().max(50).optional(),
  custom: z.preprocess(
    listOf,
    z
      .array(
        z
          .string()
          .max(300)
          .regex(/^[a-z][a-z0-9_]*:/, "key:value"),
      )
      .max(10)
      .optional(),
  ),
});
export type GridQuery = z.input<typeof gridQuery>;

export const gridPageSchema = z.object({
  rows: z.array(gridRowSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});
export type GridPage = z.infer<typeof gridPageSchema>;
