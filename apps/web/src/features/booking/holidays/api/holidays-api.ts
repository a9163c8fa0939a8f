import type { Holiday } from "@backlot/contracts/booking/profiles";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";

const holidaysUrl = (orgId: string) => `/api/v1/organizations/${orgId}/holidays`;
const holidaysKey = (orgId: string) => ["org", orgId, "booking", "holidays"] as const;

export function useHolidays(orgId: string, year: number) {
  return useQuery({
    queryKey: [...holidaysKey(orgId), year],
    queryFn: () => api<{ items: Holiday[] }>(holidaysUrl(orgId), { query: { from: `${year}-01-01`, to: `${year}-12-31` } }),
    select: (r) => r.items,
  });
}

function useHolidaysChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: holidaysKey(orgId) });
    // Holidays take capacity away: utilization and candidates' working days change.
    void queryClient.invalidateQueries({ queryKey: ["org", orgId, "booking", "utilization"] });
    void queryClient.invalidateQueries({ queryKey: ["org", orgId, "booking", "staffing"] });
  };
}

export function useAddHoliday(orgId: string) {
  const onSuccess = useHolidaysChanged(orgId);
  return useMutation({
    mutationFn: (body: { date: string; name: string }) => api<Holiday>(holidaysUrl(orgId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useRemoveHoliday(orgId: string) {
  const onSuccess = useHolidaysChanged(orgId);
  return useMutation({
    mutationFn: (id: string) => api<void>(`${holidaysUrl(orgId)}/${id}`, { method: "DELETE" }),
    onSuccess,
  });
}
