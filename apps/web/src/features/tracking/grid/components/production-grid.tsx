import type { GridRow } from "@backlot/contracts/tracking/grid";
import {
  type CellEditRequestEvent,
  CellStyleModule,
  CheckboxEditorModule,
  ClientSideRowModelModule,
  DateEditorModule,
  LargeTextEditorModule,
  NumberEditorModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  SelectEditorModule,
  TextEditorModule,
  TooltipModule,
  type CellKeyDownEvent,
  type ColDef,
  type GridApi,
  ModuleRegistry,
  type RowSelectionOptions,
  themeQuartz,
} from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { useEffect, useMemo, useRef } from "react";
import type { EditTarget } from "./grid-columns";
import type { GridContext } from "./grid-context";

// Only the features the grid uses: the full community bundle is twice the size.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  RowSelectionModule,
  TextEditorModule,
  LargeTextEditorModule,
  NumberEditorModule,
  SelectEditorModule,
  DateEditorModule,
  CheckboxEditorModule,
  CellStyleModule,
  TooltipModule,
  RenderApiModule,
  RowApiModule,
]);

/** AG Grid's Quartz theme on Mantine's variables, so light and dark schemes follow the app. */
const theme = themeQuartz.withParams({
  fontFamily: "inherit",
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 650,
  rowHeight: 38,
  headerHeight: 36,
  spacing: 6,
  wrapperBorderRadius: 8,
  accentColor: "var(--mantine-color-indigo-6)",
  backgroundColor: "var(--mantine-color-body)",
  foregroundColor: "var(--mantine-color-text)",
  borderColor: "var(--mantine-color-default-border)",
  headerBackgroundColor: "var(--mantine-color-default-hover)",
  oddRowBackgroundColor: "transparent",
  rowHoverColor: "var(--mantine-color-default-hover)",
  selectedRowBackgroundColor: "var(--mantine-color-indigo-light)",
  columnBorder: false,
});

const rowSelection: RowSelectionOptions = { mode: "multiRow", checkboxes: true, headerCheckbox: true, enableClickSelection: false };
const defaultColDef: ColDef<GridRow> = { resizable: true, sortable: false, suppressMovable: false };
const selectionColumnDef = { pinned: "left" as const, width: 44, resizable: false, suppressMovable: true };

type Props = {
  rows: GridRow[];
  columns: ColDef<GridRow>[];
  context: GridContext;
  loading: boolean;
  onSelectionChanged: (rows: GridRow[]) => void;
  /** The user scrolled close to the last loaded row. */
  onNearEnd: () => void;
  onEdit: (row: GridRow, target: EditTarget, value: unknown) => void;
  onScroll: () => void;
  /** Changes when the user clears the selection from outside the grid. */
  clearSelection: number;
};

/** The production grid (TRK-8): AG Grid Community, virtualised rows and columns; data stays server-filtered. */
export default function ProductionGrid({ rows, columns, context, loading, onSelectionChanged, onNearEnd, onEdit, onScroll, clearSelection }: Props) {
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const rowCount = useRef(rows.length);
  rowCount.current = rows.length;

  const checkNearEnd = () => {
    const last = apiRef.current?.getLastDisplayedRowIndex() ?? 0;
    if (last >= rowCount.current - 60) onNearEnd();
  };

  useEffect(() => {
    if (clearSelection > 0) apiRef.current?.deselectAll();
  }, [clearSelection]);

  // Slots and statuses load separately from rows; cells read them through the context.
  useEffect(() => {
    if (context) apiRef.current?.refreshCells({ force: true });
  }, [context]);

  const handlers = useMemo(
    () => ({
      onCellEditRequest: (e: CellEditRequestEvent<GridRow>) => {
        const target = (e.colDef.context as { edit?: EditTarget } | undefined)?.edit;
        if (target && e.data) onEdit(e.data, target, e.newValue === "" ? null : e.newValue);
      },
      onCellKeyDown: (e: CellKeyDownEvent<GridRow>) => {
        const key = (e.event as KeyboardEvent | null)?.key;
        const taskTypeId = e.column.getColId().startsWith("task.") ? e.column.getColId().slice(5) : null;
        const cellEl = (e.event?.target as HTMLElement | null)?.closest(".ag-cell") as HTMLElement | null;
        if (key === "Enter" && taskTypeId && e.data?.tasks[taskTypeId] && cellEl) context.openMenu("status", cellEl, e.data, taskTypeId);
      },
    }),
    [onEdit, context],
  );

  return (
    <AgGridReact<GridRow>
      theme={theme}
      rowData={rows}
      columnDefs={columns}
      defaultColDef={defaultColDef}
      context={context}
      getRowId={({ data }) => data.id}
      rowSelection={rowSelection}
      selectionColumnDef={selectionColumnDef}
      readOnlyEdit
      animateRows={false}
      loading={loading}
      suppressCellFocus={false}
      stopEditingWhenCellsLoseFocus
      onGridReady={(e) => {
        apiRef.current = e.api;
      }}
      onSelectionChanged={(e) => onSelectionChanged(e.api.getSelectedRows())}
      onBodyScroll={() => {
        onScroll();
        checkNearEnd();
      }}
      onModelUpdated={checkNearEnd}
      onCellEditRequest={handlers.onCellEditRequest}
      onCellKeyDown={handlers.onCellKeyDown}
      overlayNoRowsTemplate="<span style='color: var(--mantine-color-dimmed)'>Nothing matches these filters.</span>"
    />
  );
}
