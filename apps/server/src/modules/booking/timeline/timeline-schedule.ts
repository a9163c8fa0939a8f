import type { TimelineWarning } from "@backlot/contracts/booking/timeline";

/** What scheduling needs of a phase: its whole, inclusive days. */
export type Span = { id: string; name: string; startDate: string; endDate: string };
export type Link = { predecessorId: string; successorId: string; lagDays: number };

const dayMs = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
export const addDays = (date: string, days: number) => new Date(toDay(date) + days * dayMs).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((toDay(to) - toDay(from)) / dayMs);

/** Finish-to-start: the day after the predecessor's last day, plus the lag. */
export const earliestStart = (predecessor: Span, lagDays: number) => addDays(predecessor.endDate, 1 + lagDays);

/** Everything downstream of `fromId`, in an order where each phase comes after all its predecessors in the set. */
function downstreamInOrder(fromId: string, links: Link[]): string[] {
  const next = new Map<string, string[]>();
  for (const l of links) next.set(l.predecessorId, [...(next.get(l.predecessorId) ?? []), l.successorId]);
  const reached = new Set<string>();
  const stack = [fromId];
  while (stack.length > 0) {
    for (const s of next.get(stack.pop() as string) ?? []) {
      if (!reached.has(s) && s !== fromId) {
        reached.add(s);
        stack.push(s);
      }
    }
  }
  // Kahn's algorithm over the reached part (the graph has no cycles: the API refuses them).
  const inside = (id: string) => id === fromId || reached.has(id);
  const waiting = new Map<string, number>([...reached].map((id) => [id, 0]));
  for (const l of links) if (reached.has(l.successorId) && inside(l.predecessorId)) waiting.set(l.successorId, (waiting.get(l.successorId) ?? 0) + 1);
  const order: string[] = [];
  const ready = [fromId];
  while (ready.length > 0) {
    const id = ready.shift() as string;
    if (id !== fromId) order.push(id);
    for (const s of next.get(id) ?? []) {
      if (!reached.has(s)) continue;
      const left = (waiting.get(s) ?? 0) - 1;
      waiting.set(s, left);
      if (left === 0) ready.push(s);
    }
  }
  return order;
}

/**
 * The phases downstream of `movedId` shifted later, keeping their length, just enough that
 * every finish-to-start link holds again. Phases already far enough out stay where they are;
 * nothing is pulled earlier. Returns the new dates of the phases that move.
 */
export function cascadeMove(phases: Map<string, Span>, links: Link[], movedId: string): Map<string, Span> {
  const current = new Map(phases);
  const shifted = new Map<string, Span>();
  const incoming = new Map<string, Link[]>();
  for (const l of links) incoming.set(l.successorId, [...(incoming.get(l.successorId) ?? []), l]);
  for (const id of downstreamInOrder(movedId, links)) {
    const phase = current.get(id);
    if (!phase) continue;
    let required = phase.startDate;
    for (const l of incoming.get(id) ?? []) {
      const pred = current.get(l.predecessorId);
      if (pred && earliestStart(pred, l.lagDays) > required) required = earliestStart(pred, l.lagDays);
    }
    const by = daysBetween(phase.startDate, required);
    if (by <= 0) continue;
    const moved = { ...phase, startDate: required, endDate: addDays(phase.endDate, by) };
    current.set(id, moved);
    shifted.set(id, moved);
  }
  return shifted;
}

/** The finish-to-start links touching `ids` that the dates in `phases` break. */
export function violations(phases: Map<string, Span>, links: Link[], ids: Set<string>): TimelineWarning[] {
  const warnings: TimelineWarning[] = [];
  for (const l of links) {
    if (!ids.has(l.predecessorId) && !ids.has(l.successorId)) continue;
    const pred = phases.get(l.predecessorId);
    const succ = phases.get(l.successorId);
    if (!pred || !succ) continue;
    const earliest = earliestStart(pred, l.lagDays);
    if (succ.startDate >= earliest) continue;
    warnings.push({
      predecessorId: pred.id,
      predecessorName: pred.name,
      successorId: succ.id,
      successorName: succ.name,
      earliestStart: earliest,
      startDate: succ.startDate,
      message: `${succ.name} starts ${succ.startDate}, before ${pred.name} is finished${l.lagDays ? ` (plus ${l.lagDays} days lag)` : ""}; it can start ${earliest} at the earliest`,
    });
  }
  return warnings;
}
