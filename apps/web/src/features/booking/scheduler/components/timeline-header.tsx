import { memo } from "react";
import { dateOfDay, isoWeekday } from "../api/calendar-days";
import { rowHeaderWidth } from "./grid-geometry";
import classes from "./scheduler.module.css";

type Props = {
  firstDay: number;
  days: number;
  dayWidth: number;
  today: number;
  weeks: boolean;
  holidays: Map<string, string>;
  label: string;
};

const monthName = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });
const weekdayLetter = new Intl.DateTimeFormat(undefined, { weekday: "narrow", timeZone: "UTC" });
const dayMs = 86_400_000;

/** Periods across the top: months over days, or months over weeks in the compact zoom. */
function periods(firstDay: number, days: number) {
  const out: { start: number; end: number; label: string }[] = [];
  for (let i = 0; i < days; i++) {
    const date = new Date((firstDay + i) * dayMs);
    const last = out[out.length - 1];
    if (last && new Date((firstDay + last.start) * dayMs).getUTCMonth() === date.getUTCMonth()) last.end = i + 1;
    else out.push({ start: i, end: i + 1, label: monthName.format(date) });
  }
  return out;
}

/** The sticky date header: months, then days (letter and number) or week starts. */
export const TimelineHeader = memo(function TimelineHeader(p: Props) {
  const cells = [];
  for (let i = 0; i < p.days; i++) {
    const day = p.firstDay + i;
    const weekday = isoWeekday(day);
    if (p.weeks && weekday !== 1) continue;
    const date = new Date(day * dayMs);
    const holiday = p.holidays.get(dateOfDay(day));
    cells.push(
      <div
        key={day}
        className={classes.day}
        style={{ left: i * p.dayWidth, width: p.weeks ? 7 * p.dayWidth : p.dayWidth }}
        data-weekend={(!p.weeks && weekday >= 6) || undefined}
        data-today={(!p.weeks && day === p.today) || undefined}
        title={holiday}
      >
        {!p.weeks && <span>{weekdayLetter.format(date)}</span>}
        <span>{p.weeks ? `${date.getUTCDate()} ${date.toLocaleString(undefined, { month: "short", timeZone: "UTC" })}` : date.getUTCDate()}</span>
      </div>,
    );
  }
  return (
    <div className={classes.header} style={{ width: rowHeaderWidth + p.days * p.dayWidth }}>
      <div className={classes.corner} style={{ width: rowHeaderWidth }}>
        {p.label}
      </div>
      <div className={classes.scale} style={{ width: p.days * p.dayWidth }}>
        {periods(p.firstDay, p.days).map((m) => (
          <div key={m.start} className={classes.period} style={{ left: m.start * p.dayWidth, width: (m.end - m.start) * p.dayWidth }}>
            {m.label}
          </div>
        ))}
        {cells}
      </div>
    </div>
  );
});

/** Weekends and holidays shaded down the whole grid, and a line for today: one element per day, not per cell. */
export const ColumnShades = memo(function ColumnShades(p: Omit<Props, "weeks" | "label"> & { highlight?: { startCol: number; endCol: number } | null }) {
  const shades = [];
  for (let i = 0; i < p.days; i++) {
    const day = p.firstDay + i;
    const holiday = p.holidays.get(dateOfDay(day));
    if (isoWeekday(day) < 6 && !holiday) continue;
    shades.push(
      <div
        key={day}
        className={classes.shade}
        data-holiday={holiday ? true : undefined}
        style={{ left: rowHeaderWidth + i * p.dayWidth, width: p.dayWidth }}
        title={holiday}
      />,
    );
  }
  const todayCol = p.today - p.firstDay;
  const hl = p.highlight && { start: Math.max(0, p.highlight.startCol), end: Math.min(p.days, p.highlight.endCol) };
  return (
    <>
      {shades}
      {hl && hl.end > hl.start && (
        <div className={classes.highlight} style={{ left: rowHeaderWidth + hl.start * p.dayWidth, width: (hl.end - hl.start) * p.dayWidth }} aria-hidden />
      )}
      {todayCol >= 0 && todayCol < p.days && <div className={classes.todayLine} style={{ left: rowHeaderWidth + (todayCol + 0.5) * p.dayWidth }} aria-hidden />}
    </>
  );
});
