/**
 * Wall-clock time in a named time zone (a room's or person's), without a date library: Intl
 * tells the local fields of an instant, and the offset found from them turns local fields back
 * into an instant. Timed bookings are told and moved in their bookable's zone, so a 10:00 ADR
 * session is still 10:00 after a move across a DST change.
 */
const minuteMs = 60_000;
const dayMinutes = 1440;

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The local date ("YYYY-MM-DD") and minutes since local midnight of an instant. */
export function localParts(instant: string | number, timeZone: string): { date: string; minutes: number } {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}

/** Minutes the zone is ahead of UTC at an instant (+120 for Berlin in summer). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const { date, minutes } = localParts(ms, timeZone);
  const asUtc = Date.parse(`${date}T00:00:00Z`) + minutes * minuteMs;
  return Math.round((asUtc - Math.floor(ms / minuteMs) * minuteMs) / minuteMs);
}

/** The instant of a local date and time in a zone (a time skipped by DST lands an hour later). */
export function zonedInstant(date: string, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * minuteMs;
  const first = wall - offsetMinutes(wall, timeZone) * minuteMs;
  return wall - offsetMinutes(first, timeZone) * minuteMs;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-05-12T10:00:00+02:00": the instant written in the zone's own offset. */
export function isoInZone(ms: number, timeZone: string): string {
  const offset = offsetMinutes(ms, timeZone);
  const { date, minutes } = localParts(ms, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The same local time of day `days` later (or earlier), in the zone's offset. */
export function shiftLocalDays(instant: string, days: number, timeZone: string): string {
  const { date, minutes } = localParts(instant, timeZone);
  const shifted = new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMinutes * minuteMs).toISOString().slice(0, 10);
  return isoInZone(zonedInstant(shifted, minutes, timeZone), timeZone);
}

/** "10:00" for minutes since midnight. */
export const clock = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** "10:00–12:00" for a timed booking, in its bookable's zone (an end at midnight is "24:00"). */
export function formatHours(start: string, end: string, timeZone: string): string {
  const from = localParts(start, timeZone);
  const to = localParts(end, timeZone);
  const endMinutes = to.minutes === 0 && to.date > from.date ? dayMinutes : to.minutes;
  return `${clock(from.minutes)}–${endMinutes === dayMinutes ? "24:00" : clock(endMinutes)}`;
}
