import { checkCustomValues } from "@backlot/contracts/tracking/fields";
import type { Queryable } from "../../../platform/db/pool";
import { AppError } from "../../../platform/http/app-error";
import type { FieldDefinitionRow } from "./fields.presenter";
import { listFieldDefinitions } from "./fields.repo";

type Scope = { organizationId: string; projectId: string };

/** Raises one 400 naming every bad custom value as `<path>.custom.<key>`. */
export function assertCustomValues(defs: FieldDefinitionRow[], values: Record<string, unknown>, partial: boolean, path = "body") {
  const problems = checkCustomValues(
    defs.map((d) => ({ ...d, fieldType: d.fieldType as never })),
    values,
    partial,
  );
  if (problems.length === 0) return;
  throw new AppError("validation_failed", 400, problems.map((p) => p.message).join("; "), {
    errors: problems.map((p) => ({ path: `${path}.custom.${p.key}`, message: p.message })),
  });
}

/**
 * The custom values a new record starts with: the definitions' defaults, then what was sent,
 * validated as a whole (required fields must end up set).
 */
export async function customForCreate(db: Queryable, scope: Scope, object: string, sent: Record<string, unknown> | undefined) {
  const defs = await listFieldDefinitions(db, scope.organizationId, scope.projectId, { object });
  const defaults = Object.fromEntries(defs.filter((d) => d.defaultValue != null).map((d) => [d.key, d.defaultValue]));
  const values = { ...defaults, ...(sent ?? {}) };
  assertCustomValues(defs, values, false);
  return dropNulls(values);
}

/** A patch of custom values merged onto the current ones; `null` clears a value. */
export async function customForUpdate(
  db: Queryable,
  scope: Scope,
  object: string,
  current: Record<string, unknown>,
  patch: Record<string, unknown> | undefined,
) {
  if (!patch) return undefined;
  const defs = await listFieldDefinitions(db, scope.organizationId, scope.projectId, { object });
  assertCustomValues(defs, patch, true);
  return dropNulls({ ...current, ...patch });
}

/** Text is stored trimmed, and blank text is no value, as a CSV round trip would read it. */
function dropNulls(values: Record<string, unknown>) {
  const normalized = Object.entries(values).map(([k, v]) => [k, typeof v === "string" ? v.trim() : v] as const);
  return Object.fromEntries(normalized.filter(([, v]) => v !== null && v !== undefined && v !== ""));
}
