/**
 * Durations as people type them in a timesheet: `90` (minutes), `45m`, `1h`, `1h30`, `1h 30m`,
 * `1:30`, `1.5h`. Returns minutes, or null when the text is not a duration.
 */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === "") return 0;
  let m = /^(\d{1,4})$/.exec(t);
  if (m) return Number(m[1]);
  m = /^(\d{1,2}):([0-5]\d)$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(\d{1,4})\s*m(in)?$/.exec(t);
  if (m) return Number(m[1]);
  m = /^(\d{1,2}(?:[.,]\d{1,2})?)\s*h$/.exec(t);
  if (m) return Math.round(Number((m[1] ?? "0").replace(",", ".")) * 60);
  m = /^(\d{1,2})\s*h\s*(\d{1,2})\s*(m|min)?$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  return null;
}

/** 90 → "1h 30m", 60 → "1h", 45 → "45m", 0 → "". */
export function formatMinutes(minutes: number): string {
  if (minutes <= 0) return "";
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}
