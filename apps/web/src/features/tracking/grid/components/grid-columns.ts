import type { EntityType, TaskType } from "@backlot/contracts/tracking/config";
import type { FieldDefinition } from "@backlot/contracts/tracking/fields";
import type { GridRow } from "@backlot/contracts/tracking/grid";
import type { ColDef } from "ag-grid-community";
import classes from "./production-grid.module.css";
import { TaskCellRenderer } from "./task-cell";

type Options = {
  entityType: EntityType;
  parentType: EntityType | undefined;
  taskTypes: TaskType[];
  fields: FieldDefinition[];
  assetTypes: string[];
  canEditEntity: boolean;
};

/** Where an edited value goes: an entity column or one of its custom fields. */
export type EditTarget = { kind: "entity"; field: "name" | "frameIn" | "frameOut" | "assetType" } | { kind: "custom"; field: FieldDefinition };

/** AG Grid's built-in editor for each custom field type; types without one are read-only here. */
function customEditor(field: FieldDefinition): Partial<ColDef<GridRow>> | null {
  switch (field.fieldType) {
    case "text":
    case "url":
      return { cellEditor: "agTextCellEditor" };
    case "long_text":
      return { cellEditor: "agLargeTextCellEditor", cellEditorPopup: true };
    case "number":
    case "currency":
    case "percentage":
      return { cellEditor: "agNumberCellEditor", cellDataType: "number" };
    case "boolean":
      return { cellEditor: "agCheckboxCellEditor", cellRenderer: "agCheckboxCellRenderer", cellDataType: "boolean" };
    case "select":
      return { cellEditor: "agSelectCellEditor", cellEditorParams: { values: ["", ...field.options] } };
    case "date":
      return { cellEditor: "agDateStringCellEditor", cellDataType: "dateString" };
    default:
      return null;
  }
}

function customColumn(field: FieldDefinition, canEdit: boolean): ColDef<GridRow> {
  const editor = customEditor(field);
  return {
    colId: `custom.${field.key}`,
    headerName: field.label,
    headerTooltip: `${field.label} (custom field)`,
    width: field.fieldType === "boolean" ? 110 : 140,
    valueGetter: ({ data }) => data?.custom[field.key] ?? null,
    valueFormatter: ({ value }) => (Array.isArray(value) ? value.join(", ") : value == null ? "" : String(value)),
    editable: canEdit && editor !== null,
    ...editor,
    context: { edit: { kind: "custom", field } satisfies EditTarget },
  };
}

function entityColumns({ entityType, parentType, assetTypes, canEditEntity }: Options): ColDef<GridRow>[] {
  const edit = (field: "name" | "frameIn" | "frameOut" | "assetType") => ({ context: { edit: { kind: "entity", field } satisfies EditTarget } });
  const cols: ColDef<GridRow>[] = [
    { colId: "code", headerName: "Code", field: "code", pinned: "left", width: 170, cellClass: classes.code, lockPosition: true },
    { colId: "name", headerName: "Name", field: "name", width: 170, editable: canEditEntity, cellEditor: "agTextCellEditor", ...edit("name") },
  ];
  if (parentType) cols.push({ colId: "parent", headerName: parentType.name, field: "parentCode", width: 110 });
  if (entityType.key === "shot") {
    cols.push(
      {
        colId: "frameIn",
        headerName: "In",
        field: "frameIn",
        width: 80,
        type: "numericColumn",
        editable: canEditEntity,
        cellDataType: "number",
        ...edit("frameIn"),
      },
      {
        colId: "frameOut",
        headerName: "Out",
        field: "frameOut",
        width: 80,
        type: "numericColumn",
        editable: canEditEntity,
        cellDataType: "number",
        ...edit("frameOut"),
      },
      { colId: "cut", headerName: "Cut", field: "cutDuration", width: 72, type: "numericColumn", headerTooltip: "Cut duration in frames" },
    );
  }
  if (entityType.key === "asset")
    cols.push({
      colId: "assetType",
      headerName: "Type",
      field: "assetType",
      width: 120,
      editable: canEditEntity,
      cellEditor: "agSelectCellEditor",
      cellEditorParams: { values: ["", ...assetTypes] },
      ...edit("assetType"),
    });
  return cols;
}

/** Columns of the production grid: the entity's own fields, its custom fields, then one per pipeline step. */
export function buildColumns(options: Options): ColDef<GridRow>[] {
  const steps: ColDef<GridRow>[] = options.taskTypes.map((t) => ({
    colId: `task.${t.id}`,
    headerName: t.name,
    headerTooltip: [t.name, t.department].filter(Boolean).join(" · "),
    headerStyle: { boxShadow: `inset 0 3px 0 ${t.color}` },
    width: 124,
    cellRenderer: TaskCellRenderer,
    cellRendererParams: { taskTypeId: t.id },
    // Cells are compared by their task object, which a patch replaces, so unchanged cells skip rendering.
    valueGetter: ({ data }) => data?.tasks[t.id] ?? null,
    equals: (a, b) => a === b,
    suppressKeyboardEvent: ({ event }) => event.key === "Enter",
  }));
  return [...entityColumns(options), ...options.fields.map((f) => customColumn(f, options.canEditEntity)), ...steps];
}
