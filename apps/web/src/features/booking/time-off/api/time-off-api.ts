import type { CreateTimeOffBody, TimeOff } from "@backlot/contracts/booking/profiles";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";

const timeOffUrl = (orgId: string, personId: string) => `/api/v1/organizations/${orgId}/people/${personId}/time-off`;
export const timeOffKey = (orgId: string, personId: string) => ["org", orgId, "booking", "time-off", personId] as const;

/** Time off from `from` (a date) on: what is coming up and what is under way. */
export function useTimeOff(orgId: string, personId: string, from: string) {
  return useQuery({
    queryKey: [...timeOffKey(orgId, personId), from],
    queryFn: () => api<{ items: TimeOff[] }>(timeOffUrl(orgId, personId), { query: { from } }),
    select: (r) => r.items,
  });
}

function useTimeOffChanged(orgId: string, personId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: timeOffKey(orgId, personId) });
    // Time off changes capacity and who is free.
    void queryClient.invalidateQueries({ queryKey: ["org", orgId, "booking", "utilization"] });
    void queryClient.invalidateQueries({ queryKey: ["org", orgId, "booking", "staffing"] });
  };
}

export function useAddTimeOff(orgId: string, personId: string) {
  const onSuccess = useTimeOffChanged(orgId, personId);
  return useMutation({
    mutationFn: (body: CreateTimeOffBody) => api<TimeOff>(timeOffUrl(orgId, personId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useRemoveTimeOff(orgId: string, personId: string) {
  const onSuccess = useTimeOffChanged(orgId, personId);
  return useMutation({
    mutationFn: (id: string) => api<void>(`${timeOffUrl(orgId, personId)}/${id}`, { method: "DELETE" }),
    onSuccess,
  });
}
