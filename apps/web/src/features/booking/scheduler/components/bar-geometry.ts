import { dayNumber } from "../api/calendar-days";
import type { Bar } from "../api/timeline";
import { formatHours, localParts } from "../api/zoned-time";

const dayMinutes = 1440;
/** Narrowest a timed bar is drawn: a 30-minute booking is 1 px at 36 px a day, too thin to click. */
export const minTimedWidth = 12;

/** Where a timed booking sits within its first and last day, in its bookable's zone. */
export type TimedPart = { startFrac: number; endFrac: number; hours: string };

/**
 * The columns of a timed booking (its local days) and its fractions of them: 10:00–12:00 is
 * startFrac 10/24 of its first day and endFrac 12/24 of its last. An end at midnight ends the
 * day before (endFrac 1), as the scheduler counts days.
 */
export function timedPlacement(start: string, end: string, firstDay: number, timeZone: string): { startCol: number; endCol: number } & TimedPart {
  const from = localParts(start, timeZone);
  const to = localParts(end, timeZone);
  const startCol = dayNumber(from.date) - firstDay;
  let last = dayNumber(to.date) - firstDay;
  let endMinutes = to.minutes;
  if (endMinutes === 0 && last > startCol) {
    last -= 1;
    endMinutes = dayMinutes;
  }
  last = Math.max(startCol, last);
  return { startCol, endCol: last + 1, startFrac: from.minutes / dayMinutes, endFrac: endMinutes / dayMinutes, hours: formatHours(start, end, timeZone) };
}

/**
 * A bar's box in the row, in pixels. Whole days fill their cells (a 1 px gutter left, 2 right);
 * a timed bar in the days zoom covers its hours, at least minTimedWidth wide around their middle
 * and kept inside its days. In the weeks zoom (13 px a day) a timed bar fills its days.
 */
export function barBox(bar: Pick<Bar, "startCol" | "endCol" | "timed">, dayWidth: number, days: number, weeks: boolean): { left: number; width: number } {
  const from = Math.max(0, bar.startCol);
  const to = Math.min(days, bar.endCol);
  const cellLeft = from * dayWidth + 1;
  const cellRight = to * dayWidth - 2;
  if (!bar.timed || weeks) return { left: cellLeft, width: Math.max(cellRight - cellLeft, 6) };
  const left = bar.startCol >= 0 ? (bar.startCol + bar.timed.startFrac) * dayWidth : cellLeft;
  const right = bar.endCol <= days ? (bar.endCol - 1 + bar.timed.endFrac) * dayWidth : cellRight;
  const width = Math.min(Math.max(right - left, minTimedWidth), cellRight - cellLeft);
  const centred = (left + right) / 2 - width / 2;
  return { left: Math.min(Math.max(centred, cellLeft), cellRight - width), width };
}
