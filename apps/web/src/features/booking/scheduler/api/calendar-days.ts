/**
 * Calendar arithmetic on plain dates ("YYYY-MM-DD"), as day numbers since 1970-01-01. The
 * scheduler's columns are days in the organization's time zone; doing the arithmetic on day
 * numbers keeps DST and the browser's own zone out of it.
 */
const dayMs = 86_400_000;

export const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
export const dateOfDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);
export const addDays = (date: string, days: number) => dateOfDay(dayNumber(date) + days);
/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;
/** The Monday on or before the date. */
export const mondayOf = (date: string) => dateOfDay(dayNumber(date) - isoWeekday(dayNumber(date)) + 1);

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date of an instant in a time zone. */
export function localDate(instant: string | number | Date, timeZone: string): string {
  const parts = dateFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Today in a time zone. */
export const todayIn = (timeZone: string) => localDate(Date.now(), timeZone);

const shortDate = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone: "UTC" });

/** "6 Apr" for a plain date. */
export const formatDay = (date: string) => shortDate.format(new Date(`${date}T00:00:00Z`));
/** "6 Apr – 10 Apr" (or one day) for an inclusive range of plain dates. */
export const formatDayRange = (first: string, last: string) => (first === last ? formatDay(first) : `${formatDay(first)} – ${formatDay(last)}`);
