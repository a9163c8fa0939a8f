import type { TimeLog } from "@backlot/contracts/tracking/time-logs";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

export type CellChange = { taskId: string; day: string; minutes: number; logs: TimeLog[] };

/**
 * Sets a timesheet cell (one task, one day) to a total. The cell may hold several log entries:
 * the first takes the new total and the others are removed; zero removes them all.
 */
export function useSaveCell(orgId: string, personId: string) {
  const queryClient = useQueryClient();
  const base = `/api/v1/organizations/${orgId}/time-logs`;
  return useMutation({
    // Cells save one at a time, so two quick edits never race on one log's version.
    scope: { id: `timesheet-${orgId}` },
    mutationFn: async ({ taskId, day, minutes, logs }: CellChange) => {
      const [first, ...rest] = logs;
      if (minutes > 0 && first) {
        // Remove the extra entries first: the day total is checked against 24 hours.
        for (const l of rest) await api(`${base}/${l.id}`, { method: "DELETE" });
        if (first.minutes !== minutes) await api(`${base}/${first.id}`, { method: "PATCH", body: { minutes, version: first.version } });
      } else if (minutes > 0) {
        await api(base, { method: "POST", body: { personId, taskId, day, minutes }, idempotent: true });
      } else {
        for (const l of logs) await api(`${base}/${l.id}`, { method: "DELETE" });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.time(orgId) }),
  });
}
