import { useMemo } from "react";
import { dayNumber } from "../api/calendar-days";
import { useFreeCandidates, useOpenChallenges, useSchedulerWindow, windowQuery } from "../api/scheduler-api";
import { type SchedulerParams, zoomLevels } from "../api/scheduler-params";
import { buildTimeline } from "../api/timeline";

const money = (amount: number | null, currency: string | null) =>
  amount === null
    ? null
    : new Intl.NumberFormat(undefined, { style: currency ? "currency" : "decimal", currency: currency ?? undefined, maximumFractionDigits: 0 }).format(amount);

/**
 * Everything the grid draws for the view in the URL: the window's rows (narrowed to and ranked
 * by the availability search when "free between" is set), lookups by id, and open challenges.
 */
export function useSchedulerView(orgId: string, params: SchedulerParams, timeZone: string) {
  const { days, dayWidth } = zoomLevels[params.zoom];
  const firstDay = dayNumber(params.start);
  const schedule = useSchedulerWindow(orgId, windowQuery(params));
  const free = params.rows === "people" && params.freeFrom !== null && params.freeTo !== null;
  const candidates = useFreeCandidates(orgId, params);
  const challenges = useOpenChallenges(orgId);
  const data = schedule.data;
  const order = useMemo(() => (free ? candidates.data?.map((c) => c.personId) : undefined), [free, candidates.data]);
  const rows = useMemo(() => (data ? buildTimeline(data, firstDay, days, timeZone, order) : []), [data, firstDay, days, timeZone, order]);
  const projects = useMemo(() => new Map((data?.projects ?? []).map((p) => [p.id, p])), [data]);
  const holidays = useMemo(() => new Map((data?.holidays ?? []).map((h) => [h.date, h.name])), [data]);
  const names = useMemo(() => new Map((data?.rows ?? []).map((r) => [r.id, r.name])), [data]);
  const zones = useMemo(() => new Map((data?.rows ?? []).map((r) => [r.id, r.timeZone])), [data]);
  const ranking = useMemo(
    () =>
      free && candidates.data
        ? new Map(candidates.data.map((c, i) => [c.personId, { rank: i + 1, match: c.matchScore, cost: money(c.estimatedCost, c.currency) }]))
        : null,
    [free, candidates.data],
  );
  const highlight = useMemo(
    () =>
      free && params.freeFrom && params.freeTo ? { startCol: dayNumber(params.freeFrom) - firstDay, endCol: dayNumber(params.freeTo) + 1 - firstDay } : null,
    [free, params.freeFrom, params.freeTo, firstDay],
  );
  return { days, dayWidth, firstDay, schedule, free, candidates, challenges, rows, projects, holidays, names, zones, ranking, highlight };
}
