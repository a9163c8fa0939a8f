import { useSearchParams } from "react-router";
import type { GridFilters } from "../api/grid-api";

/** The grid's filters in the URL, so a filtered grid can be bookmarked and shared. */
export function useGridFilters(defaultType: string): [GridFilters, (next: Partial<GridFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: GridFilters = {
    type: params.get("type") ?? defaultType,
    q: params.get("q") ?? "",
    parentId: params.get("parent"),
    statusId: params.get("status"),
    taskTypeId: params.get("step"),
    assigneeSlotId: params.get("assignee"),
    custom: params.getAll("field"),
  };
  const update = (next: Partial<GridFilters>) => {
    const merged = { ...filters, ...next };
    // A new entity type has other parents and steps: its filters start over.
    if (next.type && next.type !== filters.type) Object.assign(merged, { parentId: null, taskTypeId: null, custom: [] });
    const out = new URLSearchParams();
    if (merged.type !== defaultType) out.set("type", merged.type);
    if (merged.q) out.set("q", merged.q);
    if (merged.parentId) out.set("parent", merged.parentId);
    if (merged.statusId) out.set("status", merged.statusId);
    if (merged.taskTypeId) out.set("step", merged.taskTypeId);
    if (merged.assigneeSlotId) out.set("assignee", merged.assigneeSlotId);
    for (const f of merged.custom) out.append("field", f);
    setParams(out, { replace: true });
  };
  return [filters, update];
}
