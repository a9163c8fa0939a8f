import type { TaskStatus } from "@backlot/contracts/tracking/config";
import type { Dependency, TaskListItem } from "@backlot/contracts/tracking/tasks";
import type { GanttTask } from "frappe-gantt";
import dayjs from "dayjs";

/** A task's place on the timeline: a task with one date is a one-day bar on it. */
export function taskSpan(t: Pick<TaskListItem, "startDate" | "dueDate">): { start: string; end: string } | null {
  const start = t.startDate ?? t.dueDate;
  const end = t.dueDate ?? t.startDate;
  return start && end ? { start, end } : null;
}

/**
 * A successor that starts on or before a predecessor's due date overlaps it: finish-to-start
 * says it should wait. Returns the ids of such successors.
 */
export function scheduleConflicts(tasks: TaskListItem[], deps: Dependency[]): Map<string, string[]> {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const conflicts = new Map<string, string[]>();
  for (const d of deps) {
    const pred = byId.get(d.predecessorId);
    const succ = byId.get(d.successorId);
    const predEnd = pred && taskSpan(pred)?.end;
    const succStart = succ && taskSpan(succ)?.start;
    if (predEnd && succStart && succStart <= predEnd) conflicts.set(d.successorId, [...(conflicts.get(d.successorId) ?? []), d.predecessorId]);
  }
  return conflicts;
}

/**
 * frappe-gantt accepts one class per bar, so a bar's status and flags share one token
 * ("gb_s3_c_x_"), and the CSS matches parts of it: _s3_ is the 4th status, _c_ a schedule
 * conflict, _x_ the selected bar, _p_ a task with only one date.
 */
function barClass(statusIndex: number, conflict: boolean, selected: boolean, point: boolean): string {
  return `gb_s${statusIndex}_${conflict ? "c_" : ""}${selected ? "x_" : ""}${point ? "p_" : ""}`;
}

/** CSS giving each status its colour on the bars. */
export function statusStyles(statuses: TaskStatus[]): string {
  return statuses.map((s, i) => `.backlot-gantt .bar-wrapper[class*="_s${i}_"] .bar { fill: ${s.color}; }`).join("\n");
}

export function ganttTasks(tasks: TaskListItem[], deps: Dependency[], statuses: TaskStatus[], selectedId: string | null): GanttTask[] {
  const statusIndex = new Map(statuses.map((s, i) => [s.id, i]));
  const conflicts = scheduleConflicts(tasks, deps);
  const shown = new Set(tasks.map((t) => t.id));
  const preds = new Map<string, string[]>();
  for (const d of deps) if (shown.has(d.predecessorId)) preds.set(d.successorId, [...(preds.get(d.successorId) ?? []), d.predecessorId]);
  return tasks.flatMap((t) => {
    const span = taskSpan(t);
    if (!span) return [];
    return [
      {
        id: t.id,
        name: `${t.entityCode ? `${t.entityCode} · ` : ""}${t.name}`,
        start: span.start,
        end: span.end,
        progress: 0,
        dependencies: preds.get(t.id) ?? [],
        custom_class: barClass(statusIndex.get(t.statusId) ?? -1, conflicts.has(t.id), t.id === selectedId, !(t.startDate && t.dueDate)),
      },
    ];
  });
}

export const isoDay = (d: Date) => dayjs(d).format("YYYY-MM-DD");
