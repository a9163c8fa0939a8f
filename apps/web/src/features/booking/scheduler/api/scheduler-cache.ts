import type { Booking } from "@backlot/contracts/booking/bookings";
import type { SchedulerBooking, SchedulerWindow } from "@backlot/contracts/booking/scheduler";
import type { QueryClient } from "@tanstack/react-query";
import { bookingKeys } from "../../bookings/api/booking-keys";
import type { WindowQuery } from "./scheduler-api";

type Snapshot = [readonly unknown[], SchedulerWindow | undefined][];

export function toSchedulerBooking(b: Booking): SchedulerBooking {
  const { id, bookableId, projectId, roleSlotId, start, end, allDay, startDate, endDate, status, holdRank, rate, rateUnit, notes, version } = b;
  return { id, bookableId, projectId, roleSlotId, start, end, allDay, startDate, endDate, status, holdRank, rate, rateUnit, notes, version };
}

const live = (b: { status: string }) => b.status === "hold" || b.status === "confirmed";

/** One window with the booking as it now is: added, moved between rows, or gone. Null: no change. */
function withBooking(w: SchedulerWindow, query: WindowQuery, b: Booking): SchedulerWindow | null {
  const old = w.bookings.find((x) => x.id === b.id) ?? w.placeholders.find((x) => x.id === b.id);
  if (old && old.version > b.version) return null;
  const inWindow = Date.parse(b.end) > Date.parse(w.from) && Date.parse(b.start) < Date.parse(w.to);
  const onRow = b.bookableId !== null && w.rows.some((r) => r.id === b.bookableId);
  const placeholder = b.bookableId === null && b.roleSlotId !== null && query.rows === "people";
  const show = live(b) && inWindow && (onRow || placeholder);
  if (!old && !show) return null;
  const next = toSchedulerBooking(b);
  const bookings = w.bookings.filter((x) => x.id !== b.id);
  const placeholders = w.placeholders.filter((x) => x.id !== b.id);
  if (show && onRow) bookings.push(next);
  if (show && placeholder) placeholders.push(next);
  const projects = w.projects.some((p) => p.id === b.projectId) ? w.projects : [...w.projects, { id: b.projectId, name: b.projectName, code: b.projectCode }];
  return { ...w, bookings, placeholders, projects };
}

/**
 * Puts a booking, as the server now has it, into every cached scheduler window. Returns false
 * when a window cannot draw it from the cache alone (a placeholder of a role slot it does not
 * know), so the caller refetches.
 */
export function patchWindows(queryClient: QueryClient, orgId: string, booking: Booking): boolean {
  let complete = true;
  for (const [key, w] of queryClient.getQueriesData<SchedulerWindow>({ queryKey: bookingKeys.windows(orgId) })) {
    if (!w) continue;
    const next = withBooking(w, key[4] as WindowQuery, booking);
    if (!next) continue;
    if (booking.roleSlotId && !booking.bookableId && !next.roleSlots.some((s) => s.id === booking.roleSlotId)) complete = false;
    queryClient.setQueryData(key, next);
  }
  return complete;
}

/**
 * Applies a change to a booking in every window before the server answers (a drag's drop);
 * returns the windows as they were, to put back if the server refuses.
 */
export function changeInWindows(queryClient: QueryClient, orgId: string, id: string, change: Partial<SchedulerBooking>): Snapshot {
  const snapshot = queryClient.getQueriesData<SchedulerWindow>({ queryKey: bookingKeys.windows(orgId) });
  for (const [key, w] of snapshot) {
    if (!w) continue;
    const patch = (list: SchedulerBooking[]) => list.map((b) => (b.id === id ? { ...b, ...change } : b));
    // A placeholder given a person leaves the placeholder list for that person's row.
    const moved = w.placeholders.find((b) => b.id === id && change.bookableId);
    queryClient.setQueryData<SchedulerWindow>(key, {
      ...w,
      bookings: moved ? [...w.bookings, { ...moved, ...change }] : patch(w.bookings),
      placeholders: moved ? w.placeholders.filter((b) => b.id !== id) : patch(w.placeholders),
    });
  }
  return snapshot;
}

export function restoreWindows(queryClient: QueryClient, snapshot: Snapshot) {
  for (const [key, w] of snapshot) queryClient.setQueryData(key, w);
}
