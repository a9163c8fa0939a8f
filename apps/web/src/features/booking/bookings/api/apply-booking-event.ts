import type { Booking } from "@backlot/contracts/booking/bookings";
import type { LiveEvent } from "@backlot/contracts/core/events";
import type { QueryClient } from "@tanstack/react-query";
import { invalidateSoon } from "../../../tracking/live/apply-tracking-event";
import { patchWindows } from "../../scheduler/api/scheduler-cache";
import { bookingKeys } from "./booking-keys";

/**
 * Someone changed a booking or a challenge: the booking is put straight into every scheduler
 * window on screen (no refetch of 500 rows for one bar); its drawer, history, open challenges
 * and availability answers are refetched. Returns false for record types it does not handle.
 */
export function applyBookingEvent(queryClient: QueryClient, orgId: string, event: LiveEvent): boolean {
  switch (event.recordType) {
    case "booking": {
      const booking = event.data as Booking | undefined;
      if (!booking || !patchWindows(queryClient, orgId, booking)) invalidateSoon(queryClient, bookingKeys.windows(orgId));
      void queryClient.invalidateQueries({ queryKey: bookingKeys.detail(orgId, event.recordId) });
      void queryClient.invalidateQueries({ queryKey: bookingKeys.events(orgId, event.recordId) });
      invalidateSoon(queryClient, bookingKeys.availability(orgId));
      return true;
    }
    case "booking_challenge": {
      const challenge = event.data as { holderBookingId?: string; challengerBookingId?: string } | undefined;
      invalidateSoon(queryClient, bookingKeys.challenges(orgId), 100);
      for (const id of [challenge?.holderBookingId, challenge?.challengerBookingId]) {
        if (!id) continue;
        void queryClient.invalidateQueries({ queryKey: bookingKeys.detail(orgId, id) });
        void queryClient.invalidateQueries({ queryKey: bookingKeys.events(orgId, id) });
      }
      return true;
    }
    default:
      return false;
  }
}
