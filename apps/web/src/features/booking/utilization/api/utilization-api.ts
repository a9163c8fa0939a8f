import type { bookingCostResultSchema, Utilization } from "@backlot/contracts/booking/utilization";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../../../lib/api-client";

export type ProjectCost = z.infer<typeof bookingCostResultSchema>["items"][number];
export type UtilizationParams = { from: string; to: string; groupBy: "person" | "department"; department: string | null };

const orgUrl = (orgId: string) => `/api/v1/organizations/${orgId}`;
const key = (orgId: string) => ["org", orgId, "booking", "utilization"] as const;

/** Booked vs capacity per person or department and week (BOOK-9). */
export function useUtilization(orgId: string, p: UtilizationParams) {
  return useQuery({
    queryKey: [...key(orgId), "hours", p],
    queryFn: ({ signal }) =>
      api<Utilization>(`${orgUrl(orgId)}/utilization`, { query: { from: p.from, to: p.to, groupBy: p.groupBy, department: p.department }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Cost of confirmed and held bookings per project (and currency) in the window. */
export function useBookingCosts(orgId: string, from: string, to: string) {
  return useQuery({
    queryKey: [...key(orgId), "costs", from, to],
    queryFn: ({ signal }) => api<{ items: ProjectCost[] }>(`${orgUrl(orgId)}/booking-costs`, { query: { from, to }, signal }),
    select: (r) => r.items,
    placeholderData: keepPreviousData,
  });
}
