import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { dayNumber, mondayOf } from "./calendar-days";

export type Zoom = "days" | "weeks";
export type RowKind = "people" | "resources";

/** The scheduler's view, all of it in the URL so a filtered view can be shared or reloaded. */
export type SchedulerParams = {
  /** First day shown (a Monday). */
  start: string;
  zoom: Zoom;
  rows: RowKind;
  department: string | null;
  skill: string | null;
  minLevel: number;
  /** "Free between" (inclusive dates): narrows people to the availability search's answer. */
  freeFrom: string | null;
  freeTo: string | null;
  q: string;
};

/** Days in the window and pixels per day at each zoom: 13 weeks of days, or half a year of weeks. */
export const zoomLevels: Record<Zoom, { days: number; dayWidth: number }> = {
  days: { days: 91, dayWidth: 36 },
  weeks: { days: 182, dayWidth: 13 },
};

const isDate = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) && Number.isFinite(dayNumber(v));

export function parseSchedulerParams(search: URLSearchParams, today: string): SchedulerParams {
  const level = Number(search.get("level"));
  const freeFrom = search.get("freeFrom");
  const freeTo = search.get("freeTo");
  const free = isDate(freeFrom) && isDate(freeTo) && freeFrom <= freeTo;
  const start = search.get("start");
  return {
    start: isDate(start) ? mondayOf(start) : mondayOf(today),
    zoom: search.get("zoom") === "weeks" ? "weeks" : "days",
    rows: search.get("rows") === "resources" ? "resources" : "people",
    department: search.get("department") || null,
    skill: search.get("skill") || null,
    minLevel: Number.isInteger(level) && level >= 1 && level <= 5 ? level : 1,
    freeFrom: free ? freeFrom : null,
    freeTo: free ? freeTo : null,
    q: search.get("q") ?? "",
  };
}

const keys: Record<keyof SchedulerParams, string> = {
  start: "start",
  zoom: "zoom",
  rows: "rows",
  department: "department",
  skill: "skill",
  minLevel: "level",
  freeFrom: "freeFrom",
  freeTo: "freeTo",
  q: "q",
};
const defaults: Partial<Record<keyof SchedulerParams, string>> = { zoom: "days", rows: "people", minLevel: "1" };

/** Reads and writes the view in the URL (replacing history entries while filters are typed). */
export function useSchedulerParams(today: string): [SchedulerParams, (patch: Partial<SchedulerParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseSchedulerParams(search, today), [search, today]);
  const update = useCallback(
    (patch: Partial<SchedulerParams>) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch) as [keyof SchedulerParams, SchedulerParams[keyof SchedulerParams]][]) {
            const value = v === null || v === undefined ? "" : String(v);
            if (value === "" || value === defaults[k]) next.delete(keys[k]);
            else next.set(keys[k], value);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [params, update];
}

/** The skill filter as the API spells it ("Nuke:3"). */
export const skillQuery = (p: SchedulerParams) => (p.skill ? `${p.skill}:${p.minLevel}` : undefined);
