import type { Booking } from "@backlot/contracts/booking/bookings";
import type { createStaffingBody, StaffingRequirement } from "@backlot/contracts/booking/planning";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../../../lib/api-client";

export type StaffingBody = z.input<typeof createStaffingBody>;

const orgUrl = (orgId: string) => `/api/v1/organizations/${orgId}`;
const staffingUrl = (orgId: string, projectId: string) => `${orgUrl(orgId)}/projects/${projectId}/staffing`;
export const staffingKeys = {
  all: (orgId: string) => ["org", orgId, "booking", "staffing"] as const,
  project: (orgId: string, projectId: string) => ["org", orgId, "booking", "staffing", projectId] as const,
  placeholders: (orgId: string, projectId: string) => ["org", orgId, "booking", "staffing", projectId, "placeholders"] as const,
};

/** Requirements with how far each is filled and the best free candidates for the rest (BOOK-6). */
export function useStaffing(orgId: string, projectId: string) {
  return useQuery({
    queryKey: staffingKeys.project(orgId, projectId),
    queryFn: () => api<{ items: StaffingRequirement[] }>(staffingUrl(orgId, projectId), { query: { candidates: 8 } }),
    select: (r) => r.items,
  });
}

/** Bookings change candidates, fill counts, utilization and the scheduler: refresh all booking views. */
function useBookingsChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ["org", orgId, "booking"] });
  };
}

export function useSaveRequirement(orgId: string, projectId: string) {
  const onSuccess = useBookingsChanged(orgId);
  return useMutation({
    mutationFn: ({ id, version, ...body }: StaffingBody & { id?: string; version?: number }) =>
      id
        ? api<StaffingRequirement>(`${staffingUrl(orgId, projectId)}/${id}`, { method: "PATCH", body: { ...body, version } })
        : api<StaffingRequirement>(staffingUrl(orgId, projectId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useDeleteRequirement(orgId: string, projectId: string) {
  const onSuccess = useBookingsChanged(orgId);
  return useMutation({
    mutationFn: (id: string) => api<void>(`${staffingUrl(orgId, projectId)}/${id}`, { method: "DELETE" }),
    onSuccess,
  });
}

/** Pencils a candidate for a requirement's dates: a hold, ranked after any earlier pencils. */
export function usePencil(orgId: string, projectId: string) {
  const onSuccess = useBookingsChanged(orgId);
  return useMutation({
    mutationFn: ({ requirement, personId }: { requirement: StaffingRequirement; personId: string }) =>
      api<Booking>(`${orgUrl(orgId)}/bookings`, {
        method: "POST",
        idempotent: true,
        body: {
          projectId,
          personId,
          requirementId: requirement.id,
          roleSlotId: requirement.roleSlotId,
          startDate: requirement.startDate,
          endDate: requirement.endDate,
          status: "hold",
        },
      }),
    onSuccess,
  });
}

/** The project's live placeholders: role slots booked with nobody yet (BOOK-11). */
export function usePlaceholders(orgId: string, projectId: string) {
  return useQuery({
    queryKey: staffingKeys.placeholders(orgId, projectId),
    queryFn: () =>
      api<{ items: Booking[]; nextCursor: string | null }>(`${orgUrl(orgId)}/bookings`, {
        query: { projectId, placeholders: "true", status: "live", limit: 200 },
      }),
    select: (r) => r.items,
  });
}

type Conversion = { booking: Booking; personId: string; rate?: { rate: number; currency: string | null } };

/**
 * Gives a placeholder its person: the booking is reassigned and keeps its dates, rank and
 * history. A placeholder booked without a rate takes the person's day rate, so it is costed.
 */
export function useConvertPlaceholder(orgId: string) {
  const onSuccess = useBookingsChanged(orgId);
  return useMutation({
    mutationFn: ({ booking, personId, rate }: Conversion) =>
      api<Booking>(`${orgUrl(orgId)}/bookings/${booking.id}`, {
        method: "PATCH",
        body: { version: booking.version, personId, ...(booking.rate === null && rate ? { rate: rate.rate, rateUnit: "day", currency: rate.currency } : {}) },
      }),
    onSuccess,
  });
}
