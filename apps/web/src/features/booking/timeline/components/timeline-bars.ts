import type { Milestone, Phase, PhaseDependency, Timeline } from "@backlot/contracts/booking/timeline";
import type { GanttTask } from "frappe-gantt";
import dayjs from "dayjs";

/** Milestone bars carry this prefix so a drag can tell them from phases. */
export const milestoneBarPrefix = "ms-";

/** The first day `successor` may start: the day after its predecessor ends, plus the lag. */
export const earliestStart = (predecessor: Pick<Phase, "endDate">, lagDays: number) =>
  dayjs(predecessor.endDate)
    .add(1 + lagDays, "day")
    .format("YYYY-MM-DD");

/** Links whose successor starts too early (the same rule the server warns with). */
export function brokenLinks(phases: Phase[], deps: PhaseDependency[]): PhaseDependency[] {
  const byId = new Map(phases.map((p) => [p.id, p]));
  return deps.filter((d) => {
    const pred = byId.get(d.predecessorId);
    const succ = byId.get(d.successorId);
    return pred && succ && succ.startDate < earliestStart(pred, d.lagDays);
  });
}

/**
 * frappe-gantt takes one class per bar, so flags share one token the CSS matches parts of:
 * tl_ms_ a milestone, d_ done, c_ a phase starting before what it waits for ends, x_ selected.
 */
function barClass(flags: { milestone?: boolean; done?: boolean; conflict?: boolean; selected?: boolean }) {
  return `tl_${flags.milestone ? "ms_" : "ph_"}${flags.done ? "d_" : ""}${flags.conflict ? "c_" : ""}${flags.selected ? "x_" : ""}`;
}

function milestoneBar(m: Milestone, selectedId: string | null): GanttTask {
  return {
    id: `${milestoneBarPrefix}${m.id}`,
    name: `${m.done ? "✓ " : ""}${m.name}`,
    start: m.date,
    end: m.date,
    progress: 0,
    dependencies: m.phaseId ? [m.phaseId] : [],
    custom_class: barClass({ milestone: true, done: m.done, selected: m.id === selectedId }),
  };
}

/** Phases in their order, each followed by the milestones that close it; loose milestones last. */
export function timelineBars({ phases, milestones, dependencies }: Timeline, selectedId: string | null): GanttTask[] {
  const conflicted = new Set(brokenLinks(phases, dependencies).map((d) => d.successorId));
  const preds = new Map<string, string[]>();
  for (const d of dependencies) preds.set(d.successorId, [...(preds.get(d.successorId) ?? []), d.predecessorId]);
  const phaseIds = new Set(phases.map((p) => p.id));
  const bars: GanttTask[] = [];
  for (const p of phases) {
    bars.push({
      id: p.id,
      name: `${p.name}${p.progress > 0 ? ` · ${p.progress}%` : ""}`,
      start: p.startDate,
      end: p.endDate,
      progress: p.progress,
      dependencies: preds.get(p.id) ?? [],
      custom_class: barClass({ conflict: conflicted.has(p.id), selected: p.id === selectedId }),
    });
    for (const m of milestones) if (m.phaseId === p.id) bars.push(milestoneBar(m, selectedId));
  }
  for (const m of milestones) if (!m.phaseId || !phaseIds.has(m.phaseId)) bars.push(milestoneBar(m, selectedId));
  return bars;
}

/** Each phase's colour: the bar is a light tint, its progress the full colour. */
export function phaseStyles(phases: Phase[]): string {
  return phases
    .map((p) => {
      const bar = `.backlot-timeline .bar-wrapper[data-id="${p.id}"]`;
      return `${bar} .bar { fill: color-mix(in srgb, ${p.color} 28%, var(--mantine-color-body)); } ${bar} .bar-progress { fill: ${p.color}; }`;
    })
    .join("\n");
}

export const shortDate = (d: string) => dayjs(d).format("D MMM YYYY");
export const spanDays = (p: Pick<Phase, "startDate" | "endDate">) => dayjs(p.endDate).diff(dayjs(p.startDate), "day") + 1;
