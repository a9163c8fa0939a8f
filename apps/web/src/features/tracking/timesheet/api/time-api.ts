import type { TaskListItem } from "@backlot/contracts/tracking/tasks";
import type { CreateTimeLogBody, TimeLog, Timesheet, UpdateTimeLogBody } from "@backlot/contracts/tracking/time-logs";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

const orgUrl = (orgId: string) => `/api/v1/organizations/${orgId}`;

/** My week (tasks × days) as the server sums it; `week` is any day in it. */
export function useTimesheet(orgId: string, week: string) {
  return useQuery({
    queryKey: [...queryKeys.time(orgId), "sheet", week],
    queryFn: ({ signal }) => api<Timesheet>(`${orgUrl(orgId)}/timesheet`, { query: { week }, signal }),
    placeholderData: keepPreviousData,
  });
}

export type TimeLogFilter = { taskId?: string; personId?: string; from?: string; to?: string };

/** Time logs matching a filter, latest day first (artists see only their own). At most 200. */
export function useTimeLogs(orgId: string, filter: TimeLogFilter, enabled = true) {
  return useQuery({
    queryKey: [...queryKeys.time(orgId), "logs", filter],
    queryFn: ({ signal }) => api<{ items: TimeLog[]; nextCursor: string | null }>(`${orgUrl(orgId)}/time-logs`, { query: { ...filter, limit: 200 }, signal }),
    enabled,
  });
}

function useTimeSaved(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.time(orgId) });
}

export function useCreateTimeLog(orgId: string) {
  const onSuccess = useTimeSaved(orgId);
  return useMutation({
    mutationFn: (body: CreateTimeLogBody) => api<TimeLog>(`${orgUrl(orgId)}/time-logs`, { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdateTimeLog(orgId: string) {
  const onSuccess = useTimeSaved(orgId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateTimeLogBody & { id: string }) => api<TimeLog>(`${orgUrl(orgId)}/time-logs/${id}`, { method: "PATCH", body }),
    onSuccess,
  });
}

export function useDeleteTimeLog(orgId: string) {
  const onSuccess = useTimeSaved(orgId);
  return useMutation({
    mutationFn: (id: string) => api<void>(`${orgUrl(orgId)}/time-logs/${id}`, { method: "DELETE" }),
    onSuccess,
  });
}

/** Tasks assigned to me, to add to the timesheet. */
export function useMyTaskOptions(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.time(orgId), "my-tasks"],
    queryFn: ({ signal }) => api<{ items: TaskListItem[] }>(`${orgUrl(orgId)}/tasks`, { query: { mine: "true", limit: 200 }, signal }),
    select: (r) => r.items,
    enabled,
    staleTime: 60_000,
  });
}
