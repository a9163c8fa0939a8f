import type { GridPage } from "@backlot/contracts/tracking/grid";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

/** What the grid shows: one entity type, filtered on the server. All of it lives in the URL. */
export type GridFilters = {
  type: string;
  q: string;
  parentId: string | null;
  statusId: string | null;
  taskTypeId: string | null;
  assigneeSlotId: string | null;
  /** Custom field filters as `key:value`. */
  custom: string[];
};

/** Rows per request: big enough that scrolling rarely waits, small enough for a fast first paint. */
export const gridPageSize = 200;

export function useGrid(orgId: string, projectId: string, filters: GridFilters) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.grids(orgId, projectId), filters],
    queryFn: ({ pageParam, signal }) =>
      api<GridPage>(`/api/v1/organizations/${orgId}/projects/${projectId}/grid`, {
        query: {
          type: filters.type,
          q: filters.q.trim() || undefined,
          parentId: filters.parentId,
          statusId: filters.statusId,
          taskTypeId: filters.statusId ? filters.taskTypeId : undefined,
          assigneeSlotId: filters.assigneeSlotId,
          custom: filters.custom,
          limit: gridPageSize,
          cursor: pageParam,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    // A refetch of a 10,000-row grid would re-request every loaded page; live events patch it instead.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
}
