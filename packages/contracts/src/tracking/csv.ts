import { z } from "zod";

/** What a CSV import does (CORE-13): dry-run diff first, idempotent by code, undoable. */
export const importKinds = ["entities", "tasks", "casting"] as const;

export const importBody = z.object({
  csv: z.string().min(1).max(20_000_000),
  fileName: z.string().trim().max(255).optional(),
  /** For entity imports: which entity type the rows are (shot, asset, sequence, …). */
  type: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(40)
    .optional(),
  dryRun: z.boolean().default(true),
});
export type ImportBody = z.input<typeof importBody>;

export const importRowSchema = z.object({
  line: z.number().int().describe("Line in the file, counting the header as line 1"),
  key: z.string().describe("The row's code (or entity code + task type for tasks)"),
  action: z.enum(["create", "update", "unchanged", "error"]),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  importId: z.uuid().nullable(),
  summary: z.object({ create: z.number().int(), update: z.number().int(), unchanged: z.number().int(), error: z.number().int() }),
  rows: z.array(importRowSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importRecordSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  kind: z.string(),
  fileName: z.string().nullable(),
  summary: z.record(z.string(), z.number()),
  undoneAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.uuid().nullable(),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

export const exportQuery = z.object({
  type: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(40)
    .default("shot"),
});
