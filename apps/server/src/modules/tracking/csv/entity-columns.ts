import { type FieldType, formatCustomValue, parseCustomValue } from "@backlot/contracts/tracking/fields";
import type { FieldDefinitionRow } from "../fields/fields.presenter";
import type { EntityRow } from "../entities/entities.presenter";

/**
 * The CSV columns of an entity type and how each maps to a field. Export writes them; import
 * reads the same headers, so an exported file imports back as "unchanged". Values stay text
 * until a column parses them: "0042" stays "0042", "Zoë" stays "Zoë".
 */
export type EntityFields = {
  name: string | null;
  description: string | null;
  parentCode: string | null;
  assetType: string | null;
  frameIn: number | null;
  frameOut: number | null;
  fps: number | null;
  tags: string[];
  custom: Record<string, unknown>;
};

export type Column = {
  header: string;
  field: string;
  read(row: EntityRow): string;
  /** Parses a cell; returns a value, or an error message. */
  parse(text: string): { value: unknown } | { error: string };
};

const text = (v: string) => ({ value: v.trim() === "" ? null : v.trim() });
const integer = (v: string) => {
  if (v.trim() === "") return { value: null };
  const n = Number(v);
  return Number.isInteger(n) ? { value: n } : { error: "Not a whole number" };
};
const decimal = (v: string) => {
  if (v.trim() === "") return { value: null };
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? { value: n } : { error: "Not a positive number" };
};
const str = (v: unknown) => (v == null ? "" : String(v));

const nameColumn: Column = { header: "name", field: "name", read: (r) => str(r.name), parse: text };
const parentColumn: Column = { header: "parent", field: "parentCode", read: (r) => str(r.parentCode), parse: text };
const descriptionColumn: Column = { header: "description", field: "description", read: (r) => str(r.description), parse: text };
const assetColumns: Column[] = [{ header: "asset_type", field: "assetType", read: (r) => str(r.assetType), parse: text }];
const shotColumns: Column[] = [
  { header: "frame_in", field: "frameIn", read: (r) => str(r.frameIn), parse: integer },
  { header: "frame_out", field: "frameOut", read: (r) => str(r.frameOut), parse: integer },
  { header: "fps", field: "fps", read: (r) => str(r.fps), parse: decimal },
];
const tagColumn: Column = {
  header: "tags",
  field: "tags",
  read: (r) => r.tags.join("; "),
  parse: (v) => ({
    value: v
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean),
  }),
};

function customColumn(def: FieldDefinitionRow): Column {
  const fieldType = def.fieldType as FieldType;
  return {
    header: `custom.${def.key}`,
    field: `custom.${def.key}`,
    read: (r) => formatCustomValue(fieldType, r.custom[def.key]),
    parse: (v) => ({ value: parseCustomValue(fieldType, v) }),
  };
}

/** Columns after `code` for one entity type, in export order; `parent` only where the type has one. */
export function entityColumns(typeKey: string, hasParent: boolean, defs: FieldDefinitionRow[]): Column[] {
  const specific = typeKey === "asset" ? assetColumns : typeKey === "shot" ? shotColumns : [];
  return [nameColumn, ...(hasParent ? [parentColumn] : []), descriptionColumn, ...specific, tagColumn, ...defs.map(customColumn)];
}
