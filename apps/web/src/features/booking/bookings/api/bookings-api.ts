import type { Booking, BookingEvent, Challenge, ConfirmResult, CreateBookingBody, UpdateBookingBody } from "@backlot/contracts/booking/bookings";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { patchWindows } from "../../scheduler/api/scheduler-cache";
import { bookingKeys } from "./booking-keys";

export type BookingDetail = Booking & { challenges: Challenge[] };

const bookingsUrl = (orgId: string) => `/api/v1/organizations/${orgId}/bookings`;

export function useBooking(orgId: string, id: string | null) {
  return useQuery({
    enabled: id !== null,
    queryKey: bookingKeys.detail(orgId, id ?? ""),
    queryFn: ({ signal }) => api<BookingDetail>(`${bookingsUrl(orgId)}/${id}`, { signal }),
  });
}

export function useBookingEvents(orgId: string, id: string | null) {
  return useQuery({
    enabled: id !== null,
    queryKey: bookingKeys.events(orgId, id ?? ""),
    queryFn: ({ signal }) => api<{ items: BookingEvent[] }>(`${bookingsUrl(orgId)}/${id}/events`, { signal }),
    select: (r) => r.items,
  });
}

/** After any booking change: the scheduler, the drawer, the history and challenges catch up. */
function useBookingSaved(orgId: string) {
  const queryClient = useQueryClient();
  return (booking: Booking) => {
    if (!patchWindows(queryClient, orgId, booking)) void queryClient.invalidateQueries({ queryKey: bookingKeys.windows(orgId) });
    void queryClient.invalidateQueries({ queryKey: bookingKeys.detail(orgId, booking.id) });
    void queryClient.invalidateQueries({ queryKey: bookingKeys.events(orgId, booking.id) });
    void queryClient.invalidateQueries({ queryKey: bookingKeys.challenges(orgId) });
    void queryClient.invalidateQueries({ queryKey: bookingKeys.availability(orgId) });
  };
}

export function useCreateBooking(orgId: string) {
  const saved = useBookingSaved(orgId);
  return useMutation({
    mutationFn: (body: CreateBookingBody) => api<BookingDetail>(bookingsUrl(orgId), { method: "POST", body, idempotent: true }),
    onSuccess: saved,
  });
}

/** Move, resize or reassign: the caller applies the change to the windows first (optimistic). */
export function useUpdateBooking(orgId: string) {
  const saved = useBookingSaved(orgId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateBookingBody }) => api<Booking>(`${bookingsUrl(orgId)}/${id}`, { method: "PATCH", body }),
    onSuccess: saved,
  });
}

export function useConfirmBooking(orgId: string) {
  const saved = useBookingSaved(orgId);
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<ConfirmResult>(`${bookingsUrl(orgId)}/${id}/confirm`, { method: "POST", body: { version } }),
    onSuccess: (result) => saved(result.booking),
  });
}

export function useEndBooking(orgId: string) {
  const saved = useBookingSaved(orgId);
  return useMutation({
    mutationFn: ({ id, version, action }: { id: string; version: number; action: "release" | "cancel" }) =>
      api<Booking>(`${bookingsUrl(orgId)}/${id}/${action}`, { method: "POST", body: { version } }),
    onSuccess: saved,
  });
}
