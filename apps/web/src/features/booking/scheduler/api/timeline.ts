import type { SchedulerBooking, SchedulerWindow } from "@backlot/contracts/booking/scheduler";
import { type TimedPart, timedPlacement } from "../components/bar-geometry";
import { dayNumber, localDate } from "./calendar-days";

export type SchedulerRow = SchedulerWindow["rows"][number];
export type Project = SchedulerWindow["projects"][number];

/** A row of the scheduler: a person, room or piece of equipment, or a role slot's placeholders. */
export type TimelineRow = {
  key: string;
  kind: SchedulerRow["kind"] | "placeholder";
  /** The person or resource id; null for a placeholder row. */
  bookableId: string | null;
  roleSlotId: string | null;
  name: string;
  group: string | null;
  title: string | null;
  skills: SchedulerRow["skills"];
  workDays: number[];
  /** The person's or room's own zone: conflicts and timed bookings are told in it. */
  timeZone: string;
  bars: Bar[];
  lanes: number;
  /** Columns [start, end) off work, with the kind of time off. */
  timeOff: (Span & { kind: string })[];
};

/**
 * A booking placed on the grid: columns [startCol, endCol) from the first day, and its lane; a
 * timed booking also its hours (drawn over that part of the day, bar-geometry.ts).
 */
export type Bar = { booking: SchedulerBooking; startCol: number; endCol: number; lane: number; timed?: TimedPart };

export type Span = { startCol: number; endCol: number };

/** The columns a booking covers: whole days as booked, timed bookings by their local dates. */
export function bookingSpan(b: Pick<SchedulerBooking, "allDay" | "startDate" | "endDate" | "start" | "end">, firstDay: number, timeZone: string): Span {
  if (b.allDay && b.startDate && b.endDate) return { startCol: dayNumber(b.startDate) - firstDay, endCol: dayNumber(b.endDate) + 1 - firstDay };
  const start = dayNumber(localDate(b.start, timeZone));
  const last = dayNumber(localDate(Date.parse(b.end) - 1, timeZone));
  return { startCol: start - firstDay, endCol: Math.max(start, last) + 1 - firstDay };
}

/** Overlapping bars go in lanes (greedy, confirmed first), so a hold under a booking stays visible. */
function placeInLanes(bars: Omit<Bar, "lane">[]): { bars: Bar[]; lanes: number } {
  const sorted = [...bars].sort(
    (a, b) =>
      a.startCol - b.startCol ||
      Number(b.booking.status === "confirmed") - Number(a.booking.status === "confirmed") ||
      (a.booking.holdRank ?? 0) - (b.booking.holdRank ?? 0) ||
      // Timed bookings of one day top to bottom in the order of their hours.
      (a.timed?.startFrac ?? 0) - (b.timed?.startFrac ?? 0),
  );
  const laneEnds: number[] = [];
  const placed = sorted.map((bar) => {
    let lane = laneEnds.findIndex((end) => end <= bar.startCol);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = bar.endCol;
    return { ...bar, lane };
  });
  return { bars: placed, lanes: Math.max(1, laneEnds.length) };
}

function barsOf(bookings: SchedulerBooking[], firstDay: number, days: number, timeZone: string) {
  const bars: Omit<Bar, "lane">[] = [];
  for (const booking of bookings) {
    if (booking.allDay) {
      const span = bookingSpan(booking, firstDay, timeZone);
      if (span.endCol > 0 && span.startCol < days) bars.push({ booking, ...span });
      continue;
    }
    // Timed bookings by their bookable's local days and hours ("10:00–12:00" in the room's zone).
    const { startCol, endCol, ...timed } = timedPlacement(booking.start, booking.end, firstDay, timeZone);
    if (endCol > 0 && startCol < days) bars.push({ booking, startCol, endCol, timed });
  }
  return placeInLanes(bars);
}

function groupBy<T>(items: T[], key: (item: T) => string | null) {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * The rows the grid draws for one window, bars placed and stacked. `order` (the availability
 * search's ranking) keeps and orders only those rows when given.
 */
export function buildTimeline(window: SchedulerWindow, firstDay: number, days: number, timeZone: string, order?: string[]): TimelineRow[] {
  const byRow = groupBy(window.bookings, (b) => b.bookableId);
  const offByPerson = groupBy(window.timeOff, (t) => t.personId);
  let rows = window.rows;
  if (order) {
    const byId = new Map(rows.map((r) => [r.id, r]));
    rows = order.map((id) => byId.get(id)).filter((r) => r !== undefined);
  }
  const people: TimelineRow[] = rows.map((r) => ({
    key: r.id,
    kind: r.kind,
    bookableId: r.id,
    roleSlotId: null,
    name: r.name,
    group: r.group,
    title: r.title,
    skills: r.skills,
    workDays: r.workDays,
    timeZone: r.timeZone,
    ...barsOf(byRow.get(r.id) ?? [], firstDay, days, r.timeZone),
    timeOff: (offByPerson.get(r.id) ?? []).map((t) => ({
      ...bookingSpan({ ...t, startDate: null, endDate: null, allDay: false }, firstDay, timeZone),
      kind: t.kind,
    })),
  }));
  if (order) return people;
  return [...placeholderRows(window, firstDay, days, timeZone), ...people];
}

/** One row per role slot with placeholder bookings (a role booked before a person is chosen). */
function placeholderRows(window: SchedulerWindow, firstDay: number, days: number, timeZone: string): TimelineRow[] {
  const slots = new Map(window.roleSlots.map((s) => [s.id, s]));
  const projects = new Map(window.projects.map((p) => [p.id, p]));
  return [...groupBy(window.placeholders, (b) => b.roleSlotId).entries()].map(([slotId, bookings]) => {
    const slot = slots.get(slotId);
    const project = slot ? projects.get(slot.projectId) : undefined;
    return {
      key: `slot:${slotId}`,
      kind: "placeholder" as const,
      bookableId: null,
      roleSlotId: slotId,
      name: slot?.displayName ?? "Role slot",
      group: "Unassigned roles",
      title: [slot?.role, project?.code].filter(Boolean).join(" · ") || null,
      skills: [],
      workDays: [1, 2, 3, 4, 5, 6, 7],
      timeZone,
      ...barsOf(bookings, firstDay, days, timeZone),
      timeOff: [],
    };
  });
}
