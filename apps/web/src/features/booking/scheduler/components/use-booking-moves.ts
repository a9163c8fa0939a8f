import type { UpdateBookingBody } from "@backlot/contracts/booking/bookings";
import type { SchedulerBooking } from "@backlot/contracts/booking/scheduler";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { isApiError } from "../../../../lib/api-client";
import { bookingKeys } from "../../bookings/api/booking-keys";
import { useUpdateBooking } from "../../bookings/api/bookings-api";
import { dateOfDay } from "../api/calendar-days";
import { changeInWindows, restoreWindows } from "../api/scheduler-cache";
import type { Bar, Span, TimelineRow } from "../api/timeline";

const dayMs = 86_400_000;

/** A refused drop, explained at the row and day where it happened. */
export type DropProblem = { rowKey: string; rowName: string; timeZone: string; col: number; bookingId: string; error: unknown };

/** The request and the optimistic change for a drop: whole days stay whole days; timed bookings keep their hours. */
function plan(bar: Bar, to: TimelineRow, from: TimelineRow, span: Span, firstDay: number) {
  const b = bar.booking;
  const body: UpdateBookingBody = { version: b.version };
  const change: Partial<SchedulerBooking> = {};
  if (b.allDay && b.startDate && b.endDate) {
    body.startDate = change.startDate = dateOfDay(firstDay + span.startCol);
    body.endDate = change.endDate = dateOfDay(firstDay + span.endCol - 1);
  } else {
    body.start = change.start = new Date(Date.parse(b.start) + (span.startCol - bar.startCol) * dayMs).toISOString();
    body.end = change.end = new Date(Date.parse(b.end) + (span.endCol - bar.endCol) * dayMs).toISOString();
  }
  if (to.key !== from.key && to.bookableId) {
    if (to.kind === "person") body.personId = to.bookableId;
    else body.resourceId = to.bookableId;
    change.bookableId = to.bookableId;
  }
  return { body, change };
}

/**
 * Move, resize and reassign by drag: the bar lands at once (optimistic); if the server refuses,
 * the windows go back as they were and the refusal is kept to be explained at the drop.
 */
export function useBookingMoves(orgId: string, firstDay: number) {
  const queryClient = useQueryClient();
  const update = useUpdateBooking(orgId);
  const [problem, setProblem] = useState<DropProblem | null>(null);

  const commit = useCallback(
    (bar: Bar, from: TimelineRow, to: TimelineRow, span: Span) => {
      setProblem(null);
      const { body, change } = plan(bar, to, from, span, firstDay);
      const snapshot = changeInWindows(queryClient, orgId, bar.booking.id, change);
      update.mutate(
        { id: bar.booking.id, body },
        {
          onError: (error) => {
            restoreWindows(queryClient, snapshot);
            // Someone else changed it: show their version.
            if (isApiError(error, "version_conflict")) void queryClient.invalidateQueries({ queryKey: bookingKeys.windows(orgId) });
            setProblem({ rowKey: to.key, rowName: to.name, timeZone: to.timeZone, col: span.startCol, bookingId: bar.booking.id, error });
          },
        },
      );
    },
    [firstDay, orgId, queryClient, update],
  );

  const clearProblem = useCallback(() => setProblem(null), []);
  return { commit, problem, clearProblem, pending: update.isPending };
}
