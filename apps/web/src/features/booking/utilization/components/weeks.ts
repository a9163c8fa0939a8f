import type { Organization } from "@backlot/contracts/core/organizations";
import dayjs from "dayjs";

const startDay: Record<Organization["weekStart"], number> = { sunday: 0, monday: 1, saturday: 6 };

/** The first day of the week holding `date`, in the organization's week. */
export function weekStartOf(date: string | dayjs.Dayjs, weekStart: Organization["weekStart"] = "monday"): string {
  const d = dayjs(date);
  const back = (d.day() - startDay[weekStart] + 7) % 7;
  return d.subtract(back, "day").format("YYYY-MM-DD");
}

export const addWeeks = (date: string, weeks: number) =>
  dayjs(date)
    .add(weeks * 7, "day")
    .format("YYYY-MM-DD");

/** "2 Mar" for a week start; "2 – 8 Mar 2026" for a range label. */
export const weekLabel = (date: string) => dayjs(date).format("D MMM");
export function rangeLabel(from: string, toExclusive: string) {
  const a = dayjs(from);
  const b = dayjs(toExclusive).subtract(1, "day");
  return `${a.format(a.year() === b.year() ? "D MMM" : "D MMM YYYY")} – ${b.format("D MMM YYYY")}`;
}

export const hours = (h: number) => `${Math.round(h * 10) / 10} h`;
export const percent = (u: number | null) => (u === null ? "—" : `${Math.round(u * 100)}%`);

/** Cell colours: under-used is calm, full is green, over is red. */
export function utilizationColor(u: number | null, over: boolean): string {
  if (over) return "red";
  if (u === null) return "gray";
  if (u >= 0.85) return "teal";
  if (u >= 0.5) return "blue";
  return "gray";
}
