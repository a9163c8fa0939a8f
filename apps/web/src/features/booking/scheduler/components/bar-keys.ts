import type { Bar, Span, TimelineRow } from "../api/timeline";

/** What a key pressed on a focused bar asks for. */
export type BarIntent =
  | { kind: "open" }
  /** Put away the note explaining a refused move. */
  | { kind: "dismiss" }
  /** Shift the whole booking by `days`. */
  | { kind: "move"; days: number }
  /** Move the booking's last day by `days` (never shorter than one day). */
  | { kind: "resize"; days: number }
  /** Give the booking to the nearest row above (-1) or below (+1) that can take it. */
  | { kind: "reassign"; dir: -1 | 1 }
  /** Focus another bar: the nearest in the row above/below, or the previous/next/first/last in this row. */
  | { kind: "focus"; to: "up" | "down" | "prev" | "next" | "first" | "last" };

type Keys = { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean };

/**
 * The scheduler's keys on a bar. Left/Right are the booking's own (move; with Shift, its
 * length), as in Float and Resource Guru, so walking along a row takes Ctrl (or ⌘) + Left/Right,
 * Home and End; Up/Down walk between rows and Alt+Up/Down carry the booking there.
 */
export function barIntent(e: Keys, weeks: boolean): BarIntent | null {
  const step = weeks ? 7 : 1;
  const sideways = e.key === "ArrowLeft" ? -1 : e.key === "ArrowRight" ? 1 : 0;
  const vertical = e.key === "ArrowUp" ? -1 : e.key === "ArrowDown" ? 1 : 0;
  if (e.key === "Enter" || e.key === " ") return { kind: "open" };
  if (e.key === "Escape") return { kind: "dismiss" };
  if (e.key === "Home") return { kind: "focus", to: "first" };
  if (e.key === "End") return { kind: "focus", to: "last" };
  if (sideways !== 0) {
    if (e.ctrlKey || e.metaKey) return { kind: "focus", to: sideways < 0 ? "prev" : "next" };
    if (e.altKey) return null;
    // The length changes by a day at either zoom: a week-long step would skip real lengths.
    return e.shiftKey ? { kind: "resize", days: sideways } : { kind: "move", days: sideways * step };
  }
  if (vertical !== 0) {
    if (e.altKey) return { kind: "reassign", dir: vertical };
    if (e.ctrlKey || e.metaKey || e.shiftKey) return null;
    return { kind: "focus", to: vertical < 0 ? "up" : "down" };
  }
  return null;
}

/** The columns a move or resize asks for; null when nothing would change (a one-day booking cannot shrink). */
export function spanAfter(bar: Span, intent: BarIntent): Span | null {
  if (intent.kind === "move") return { startCol: bar.startCol + intent.days, endCol: bar.endCol + intent.days };
  if (intent.kind !== "resize") return null;
  const endCol = Math.max(bar.startCol + 1, bar.endCol + intent.days);
  return endCol === bar.endCol ? null : { startCol: bar.startCol, endCol };
}

/** Whether a bar from one row may go to another (people with people, a room with rooms; a placeholder onto a person). */
export function canLand(from: TimelineRow, to: TimelineRow) {
  if (from.key === to.key) return true;
  if (from.kind === "placeholder") return to.kind === "person";
  return from.kind === to.kind;
}

/** The nearest row from `index` in a direction that passes the test, or -1. */
export function nextRow(rows: TimelineRow[], index: number, dir: -1 | 1, test: (row: TimelineRow) => boolean) {
  for (let i = index + dir; i >= 0 && i < rows.length; i += dir) if (test(rows[i] as TimelineRow)) return i;
  return -1;
}

/** The bar of a row closest in time to a span: overlapping first, then by distance between starts. */
export function nearestBar(row: TimelineRow, span: Span): Bar | undefined {
  let best: Bar | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const bar of row.bars) {
    const overlaps = bar.startCol < span.endCol && bar.endCol > span.startCol;
    const score = (overlaps ? 0 : 10_000) + Math.abs(bar.startCol - span.startCol);
    if (score < bestScore) {
      best = bar;
      bestScore = score;
    }
  }
  return best;
}

/** The bar a focus intent lands on, with its row index; null when there is none that way. */
export function focusTarget(rows: TimelineRow[], index: number, bar: Bar, to: Extract<BarIntent, { kind: "focus" }>["to"]) {
  const row = rows[index];
  if (!row) return null;
  if (to === "up" || to === "down") {
    const i = nextRow(rows, index, to === "up" ? -1 : 1, (r) => r.bars.length > 0);
    const target = i >= 0 ? nearestBar(rows[i] as TimelineRow, bar) : undefined;
    return target ? { bar: target, rowIndex: i } : null;
  }
  // Bars in a row in the order they start (lanes may interleave them).
  const ordered = [...row.bars].sort((a, b) => a.startCol - b.startCol || a.lane - b.lane);
  const at = ordered.findIndex((b) => b.booking.id === bar.booking.id);
  const pick = to === "first" ? 0 : to === "last" ? ordered.length - 1 : at + (to === "prev" ? -1 : 1);
  const target = ordered[pick];
  return target && target.booking.id !== bar.booking.id ? { bar: target, rowIndex: index } : null;
}

/**
 * Whole weeks to move the window by so a span moved past its last (or before its first) day is
 * back in it with a week to spare; 0 when it is still in the window.
 */
export function windowShift(span: Span, days: number): number {
  if (span.endCol > days) return Math.ceil((span.endCol - days + 7) / 7) * 7;
  if (span.startCol < 0) return -Math.ceil((7 - span.startCol) / 7) * 7;
  return 0;
}
