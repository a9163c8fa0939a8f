import { uuidv7 } from "uuidv7";
import { checkCustomValues } from "@backlot/contracts/tracking/fields";
import { entityCode, updateEntityBody } from "@backlot/contracts/tracking/entities";
import type { ImportRow } from "@backlot/contracts/tracking/csv";
import type { Tx } from "../../../platform/db/pool";
import type { EntityRow } from "../entities/entities.presenter";
import { getEntitiesByCode } from "../entities/entities.repo";
import { requireEntityType } from "../entities/entities.service";
import { listFieldDefinitions } from "../fields/fields.repo";
import { readCsv } from "./csv-read";
import { type Column, entityColumns } from "./entity-columns";

type Scope = { organizationId: string; projectId: string };

/** One planned row: what to create or change, with the diff the dry run shows. */
export type PlannedEntity = ImportRow & { typeKey: string; code: string; existing: EntityRow | null; values: Record<string, unknown> };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const currentValue = (row: EntityRow, field: string) => (field.startsWith("custom.") ? row.custom[field.slice(7)] : (row as Record<string, unknown>)[field]);

/** Parses the cells, then checks the plain fields with the same schema the API uses (lengths, ranges). */
function parseRow(cells: Record<string, string>, columns: Column[]) {
  const values: Record<string, unknown> = {};
  const errors: ImportRow["errors"] = [];
  for (const column of columns) {
    if (!(column.header in cells)) continue;
    const parsed = column.parse(cells[column.header] ?? "");
    if ("error" in parsed) errors.push({ column: column.header, message: parsed.error });
    else values[column.field] = parsed.value;
  }
  const plain = Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith("custom.") && k !== "parentCode"));
  const checked = updateEntityBody.safeParse({ ...plain, version: 1 });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? "");
      errors.push({ column: columns.find((c) => c.field === field)?.header ?? field, message: issue.message });
    }
  }
  return { values, errors };
}

/** Reads an entity CSV and plans it against the project: creates, updates, unchanged, errors. */
export async function planEntityImport(tx: Tx, scope: Scope, typeKey: string, csv: string): Promise<PlannedEntity[]> {
  const type = await requireEntityType(tx, scope, typeKey, "body.type");
  const defs = await listFieldDefinitions(tx, scope.organizationId, scope.projectId, { object: typeKey });
  const columns = entityColumns(typeKey, Boolean(type.parentKey), defs);
  const table = readCsv(csv, ["code", ...columns.map((c) => c.header)], ["code"]);
  const codes = table.rows.map((r) => (r.cells.code ?? "").trim());
  const existing = new Map((await getEntitiesByCode(tx, scope.organizationId, scope.projectId, typeKey, codes)).map((e) => [e.code, e]));
  const seen = new Set<string>();
  const planned: PlannedEntity[] = [];
  for (const { line, cells } of table.rows) {
    const code = (cells.code ?? "").trim();
    const { values, errors } = parseRow(cells, columns);
    const codeCheck = entityCode.safeParse(code);
    if (!codeCheck.success) errors.push({ column: "code", message: codeCheck.error.issues[0]?.message ?? "Invalid code" });
    if (seen.has(code)) errors.push({ column: "code", message: "This code appears earlier in the file" });
    seen.add(code);
    const row = existing.get(code) ?? null;
    const custom = Object.fromEntries(
      Object.entries(values)
        .filter(([k]) => k.startsWith("custom."))
        .map(([k, v]) => [k.slice(7), v]),
    );
    for (const p of checkCustomValues(
      defs.map((d) => ({ ...d, fieldType: d.fieldType as never })),
      custom,
      row !== null,
    ))
      errors.push({ column: `custom.${p.key}`, message: p.message });
    const frameIn = values.frameIn === undefined ? row?.frameIn : values.frameIn;
    const frameOut = values.frameOut === undefined ? row?.frameOut : values.frameOut;
    if (typeof frameIn === "number" && typeof frameOut === "number" && frameIn > frameOut)
      errors.push({ column: "frame_out", message: "Frame out is before frame in" });
    const changes = Object.entries(values)
      .filter(([field, value]) => (row ? !same(currentValue(row, field), value) : value !== null && !(Array.isArray(value) && value.length === 0)))
      .map(([field, value]) => ({ field, old: row ? (currentValue(row, field) ?? null) : null, new: value }));
    const action = errors.length ? "error" : !row ? "create" : changes.length ? "update" : "unchanged";
    planned.push({ line, key: code, action, changes, errors, typeKey, code, existing: row, values });
  }
  return planned;
}

/** Parent codes the file names that do not exist yet: the import creates them (e.g. sequences). */
export async function missingParents(tx: Tx, scope: Scope, typeKey: string, planned: PlannedEntity[]) {
  const type = await requireEntityType(tx, scope, typeKey, "body.type");
  if (!type.parentKey) return { parentKey: null, codes: [] as string[], existing: new Map<string, EntityRow>() };
  const wanted = [...new Set(planned.map((p) => p.values.parentCode).filter((c): c is string => typeof c === "string" && c !== ""))];
  const found = new Map((await getEntitiesByCode(tx, scope.organizationId, scope.projectId, type.parentKey, wanted)).map((e) => [e.code, e]));
  const bad = wanted.filter((c) => !found.has(c) && !entityCode.safeParse(c).success);
  for (const p of planned) {
    if (bad.includes(p.values.parentCode as string)) {
      p.errors.push({ column: "parent", message: "Not a valid code" });
      p.action = "error";
    }
  }
  return { parentKey: type.parentKey, codes: wanted.filter((c) => !found.has(c) && !bad.includes(c)), existing: found };
}

export const newId = () => uuidv7();
