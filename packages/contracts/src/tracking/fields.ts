import { z } from "zod";
import { recordMeta, trimmed, versioned } from "../core/common";

/** Custom field types (CORE-7). Values live in a record's JSONB `custom`, keyed by field key. */
export const fieldTypes = [
  "text",
  "long_text",
  "number",
  "currency",
  "percentage",
  "date",
  "datetime",
  "boolean",
  "select",
  "multi_select",
  "url",
  "person",
] as const;
export type FieldType = (typeof fieldTypes)[number];

export const fieldDefinitionSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid().nullable(),
  object: z.string(),
  key: z.string(),
  label: z.string(),
  fieldType: z.enum(fieldTypes),
  options: z.array(z.string()),
  required: z.boolean(),
  defaultValue: z.unknown().nullable(),
  sortOrder: z.number().int(),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;

const fieldKey = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, "Lower-case letters, digits and _ , starting with a letter");

/** Choices of a select field; ";" separates multi-select values in CSV, so it cannot be part of one. */
const options = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[^;]*$/, "An option cannot contain ;"),
  )
  .max(200);

export const createFieldBody = z.object({
  object: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z][a-z0-9_]*$/),
  key: fieldKey,
  label: trimmed(100),
  fieldType: z.enum(fieldTypes),
  options: options.optional(),
  required: z.boolean().optional(),
  defaultValue: z.unknown().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export type CreateFieldBody = z.input<typeof createFieldBody>;

export const updateFieldBody = z.object({
  label: trimmed(100).optional(),
  options: options.optional(),
  required: z.boolean().optional(),
  defaultValue: z.unknown().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  archived: z.boolean().optional(),
  ...versioned,
});
export type UpdateFieldBody = z.input<typeof updateFieldBody>;

type FieldShape = Pick<FieldDefinition, "key" | "label" | "fieldType" | "options" | "required">;

/** The Zod schema of one field's value; `null` clears it. */
export function fieldValueSchema(field: Pick<FieldShape, "fieldType" | "options">): z.ZodType {
  switch (field.fieldType) {
    case "text":
      return z.string().trim().min(1, "Cannot be blank; send null to clear").max(1000);
    case "long_text":
      return z.string().trim().min(1, "Cannot be blank; send null to clear").max(20_000);
    case "number":
    case "currency":
      return z.number().finite().min(-1e12).max(1e12);
    case "percentage":
      return z.number().finite().min(-1000).max(1000);
    case "date":
      return z.iso.date();
    case "datetime":
      return z.iso.datetime({ offset: true });
    case "boolean":
      return z.boolean();
    case "select":
      return z.enum(field.options.length ? (field.options as [string, ...string[]]) : ["\u0000"], { error: `One of: ${field.options.join(", ")}` });
    case "multi_select":
      return z
        .array(z.enum(field.options.length ? (field.options as [string, ...string[]]) : ["\u0000"], { error: `One of: ${field.options.join(", ")}` }))
        .max(200);
    case "url":
      return z.url({ protocol: /^https?$/ }).max(2000);
    case "person":
      return z.uuid();
  }
}

export type CustomValueProblem = { key: string; message: string };

/**
 * Checks a record's custom values against the definitions that apply to it. Unknown keys and
 * wrong types are problems; `partial` skips the required check (a patch names only some fields).
 */
export function checkCustomValues(defs: readonly FieldShape[], values: Record<string, unknown>, partial: boolean): CustomValueProblem[] {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const problems: CustomValueProblem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const def = byKey.get(key);
    if (!def) {
      problems.push({ key, message: "There is no custom field with this key" });
      continue;
    }
    if (value === null) {
      if (def.required) problems.push({ key, message: `${def.label} is required` });
      continue;
    }
    const parsed = fieldValueSchema(def).safeParse(value);
    if (!parsed.success) problems.push({ key, message: `${def.label}: ${parsed.error.issues[0]?.message ?? "invalid value"}` });
  }
  if (!partial) {
    for (const def of defs) if (def.required && values[def.key] == null) problems.push({ key: def.key, message: `${def.label} is required` });
  }
  return problems;
}

/** A custom value as CSV text, and back (leading zeros and non-ASCII survive: text stays text). */
export function formatCustomValue(fieldType: FieldType, value: unknown): string {
  if (value == null) return "";
  if (fieldType === "multi_select" && Array.isArray(value)) return value.join("; ");
  return String(value);
}

export function parseCustomValue(fieldType: FieldType, text: string): unknown {
  const t = text.trim();
  if (t === "") return null;
  switch (fieldType) {
    case "number":
    case "currency":
    case "percentage": {
      const n = Number(t);
      return Number.isFinite(n) ? n : t;
    }
    case "boolean":
      if (/^(true|yes|1)$/i.test(t)) return true;
      if (/^(false|no|0)$/i.test(t)) return false;
      return t;
    case "multi_select":
      return t
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      return t;
  }
}

/** Filters on custom fields in grid and list queries: `custom.<key>=<value>`. */
export const customFilterValue = z.union([z.string(), z.number(), z.boolean()]);
