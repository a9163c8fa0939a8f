import type { BookingConflict } from "@backlot/contracts/booking/bookings";
import { type ApiError, isApiError } from "../../../../lib/api-client";
import { formatDayRange, localDate } from "../../scheduler/api/calendar-days";
import { capitalize } from "../../../../lib/format";

const ordinals = ["1st", "2nd", "3rd"];
/** "1st pencil" … for a hold's rank. */
export const rankLabel = (rank: number | null) => (rank ? `${ordinals[rank - 1] ?? `${rank}th`} pencil` : "Hold");
export const rankShort = (rank: number | null) => (rank ? (ordinals[rank - 1] ?? `${rank}th`) : "");

export function statusLabel(b: { status: string; holdRank: number | null }) {
  if (b.status === "hold") return rankLabel(b.holdRank);
  return capitalize(b.status);
}

/** Mantine palette colours for projects: stable per project id, distinct enough side by side. */
const palette = ["indigo", "teal", "grape", "orange", "cyan", "pink", "lime", "violet", "blue", "yellow", "red", "green"] as const;
export function projectColor(projectId: string): (typeof palette)[number] {
  let h = 0;
  for (let i = 0; i < projectId.length; i++) h = (h * 31 + projectId.charCodeAt(i)) | 0;
  return palette[Math.abs(h) % palette.length] ?? "indigo";
}

/** The local days [start, end) touches, as people say them; an end at midnight does not count that day. */
function instantDays(start: string, end: string, timeZone: string) {
  const first = localDate(start, timeZone);
  const last = localDate(Date.parse(end) - 1, timeZone);
  return formatDayRange(first, [first, last].sort()[1] ?? first);
}

/** The days a booking covers, as people say them ("6 Apr – 10 Apr"). */
export function bookingDays(b: { allDay: boolean; startDate: string | null; endDate: string | null; start: string; end: string }, timeZone: string) {
  if (b.allDay && b.startDate && b.endDate) return formatDayRange(b.startDate, b.endDate);
  return instantDays(b.start, b.end, timeZone);
}

/** Conflicts named by a 409 (booking_conflict), if that is what the error is. */
export function conflictsOf(error: unknown): BookingConflict[] {
  if (!isApiError(error) || error.code !== "booking_conflict") return [];
  return ((error as ApiError).problem.conflicts ?? []) as unknown as BookingConflict[];
}

/** "Confirmed booking on Harbour Lights, 6 Apr – 10 Apr" or "Vacation, 20 Apr – 24 Apr". */
export function describeConflict(c: BookingConflict, timeZone: string) {
  const days = instantDays(c.start, c.end, timeZone);
  if (c.kind === "time_off") return `Time off (${c.status ?? "away"}), ${days}`;
  return `${c.status === "confirmed" ? "Confirmed booking" : "Booking"} on ${c.projectName ?? "another project"}, ${days}`;
}
