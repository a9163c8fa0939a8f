import type { FieldDefinition } from "@backlot/contracts/tracking/fields";
import { iso, presentMeta } from "../projects/projects.presenter";
import type { fieldDefinitions } from "../tracking.schema";

export type FieldDefinitionRow = typeof fieldDefinitions.$inferSelect;

export function presentFieldDefinition(row: FieldDefinitionRow): FieldDefinition {
  return {
    id: row.id,
    projectId: row.projectId,
    object: row.object,
    key: row.key,
    label: row.label,
    fieldType: row.fieldType as FieldDefinition["fieldType"],
    options: row.options,
    required: row.required,
    defaultValue: row.defaultValue ?? null,
    sortOrder: row.sortOrder,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}
