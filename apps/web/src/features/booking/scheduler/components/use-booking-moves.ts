import type { Booking, UpdateBookingBody } from "@backlot/contracts/booking/bookings";
import type { SchedulerBooking } from "@backlot/contracts/booking/scheduler";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { isApiError } from "../../../../lib/api-client";
import { bookingKeys } from "../../bookings/api/booking-keys";
import { useUpdateBooking } from "../../bookings/api/bookings-api";
import { dateOfDay } from "../api/calendar-days";
import { changeInWindows, restoreWindows } from "../api/scheduler-cache";
import type { Bar, Span, TimelineRow } from "../api/timeline";
import { shiftLocalDays } from "../api/zoned-time";

/**
 * A refused drop, explained where it happened: the row it was refused in, the row the bar went
 * back to, and the columns of both places (the note keeps clear of them).
 */
export type DropProblem = {
  rowKey: string;
  fromKey: string;
  rowName: string;
  timeZone: string;
  col: number;
  /** Columns from the earlier of the two places to the later one's end. */
  cols: Span;
  bookingId: string;
  error: unknown;
};

/** How a move ended, for the caller to announce: the booking as saved, or why it was refused. */
export type MoveOutcome = { ok: true; booking: Booking } | { ok: false; error: unknown };

/**
 * The request and the optimistic change for a drop: whole days stay whole days; timed bookings
 * move by whole local days in their row's zone and keep their hours (10:00 stays 10:00 across a
 * DST change), sent with the zone's offset. Timed bookings are not resized here (drawer only).
 */
function plan(bar: Bar, to: TimelineRow, from: TimelineRow, span: Span, firstDay: number) {
  const b = bar.booking;
  const body: UpdateBookingBody = { version: b.version };
  const change: Partial<SchedulerBooking> = {};
  if (b.allDay && b.startDate && b.endDate) {
    body.startDate = change.startDate = dateOfDay(firstDay + span.startCol);
    body.endDate = change.endDate = dateOfDay(firstDay + span.endCol - 1);
  } else {
    body.start = change.start = shiftLocalDays(b.start, span.startCol - bar.startCol, from.timeZone);
    body.end = change.end = shiftLocalDays(b.end, span.endCol - bar.endCol, from.timeZone);
  }
  if (to.key !== from.key && to.bookableId) {
    if (to.kind === "person") body.personId = to.bookableId;
    else body.resourceId = to.bookableId;
    change.bookableId = to.bookableId;
  }
  return { body, change };
}

/**
 * Move, resize and reassign, by drag or by key: the bar lands at once (optimistic); if the
 * server refuses, the windows go back as they were and the refusal is kept to be explained at
 * the drop. Each call is awaited on its own (mutateAsync): with mutate, a second drop before the
 * first answered would swallow the first one's error callback and leave its bar where it was
 * refused.
 */
export function useBookingMoves(orgId: string, firstDay: number) {
  const queryClient = useQueryClient();
  const update = useUpdateBooking(orgId);
  const [problem, setProblem] = useState<DropProblem | null>(null);
  // Bookings with a save on the way: a second move would carry the same version and be refused.
  const inFlight = useRef(new Set<string>());

  const commit = useCallback(
    async (bar: Bar, from: TimelineRow, to: TimelineRow, span: Span): Promise<MoveOutcome> => {
      setProblem(null);
      const id = bar.booking.id;
      const { body, change } = plan(bar, to, from, span, firstDay);
      const snapshot = changeInWindows(queryClient, orgId, id, change);
      inFlight.current.add(id);
      try {
        return { ok: true, booking: await update.mutateAsync({ id, body }) };
      } catch (error) {
        restoreWindows(queryClient, snapshot);
        // Someone else changed it: show their version.
        if (isApiError(error, "version_conflict")) void queryClient.invalidateQueries({ queryKey: bookingKeys.windows(orgId) });
        const cols = { startCol: Math.min(span.startCol, bar.startCol), endCol: Math.max(span.endCol, bar.endCol) };
        setProblem({ rowKey: to.key, fromKey: from.key, rowName: to.name, timeZone: to.timeZone, col: span.startCol, cols, bookingId: id, error });
        return { ok: false, error };
      } finally {
        inFlight.current.delete(id);
      }
    },
    [firstDay, orgId, queryClient, update.mutateAsync],
  );

  const saving = useCallback((id: string) => inFlight.current.has(id), []);
  const clearProblem = useCallback(() => setProblem(null), []);
  return { commit, saving, problem, clearProblem };
}
