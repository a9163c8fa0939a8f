import { type PointerEvent, type RefObject, useCallback, useEffect, useRef, useState } from "react";
import type { Bar, Span, TimelineRow } from "../api/timeline";
import { canLand } from "./bar-keys";
import type { DragHandle } from "./booking-bar";
import { useEdgeScroll } from "./edge-scroll";
import { headerHeight, rowAt, rowHeaderWidth } from "./grid-geometry";

/*
 * Dragging is done with pointer events rather than dnd-kit: a drop target here is "day d of
 * row r", worked out from the pointer position in O(1) (and a binary search over row tops).
 * dnd-kit would need a droppable per day per row (45,000 at 500 × 90) or a custom collision
 * model, and its sortable/droppable machinery brings nothing for resizing edges. Listeners go on
 * the window, so a drag survives its row being virtualized away while scrolling. Near an edge
 * the grid scrolls by itself (edge-scroll.ts) and the target is worked out again each step.
 */

export type Drag = {
  mode: "create" | DragHandle;
  /** Row the drag would land in. */
  rowIndex: number;
  originIndex: number;
  bar: Bar | null;
  span: Span;
};

type Options = {
  scrollerRef: RefObject<HTMLDivElement | null>;
  rows: TimelineRow[];
  tops: number[];
  days: number;
  dayWidth: number;
  onCreate: (row: TimelineRow, span: Span) => void;
  onCommit: (bar: Bar, from: TimelineRow, to: TimelineRow, span: Span) => void;
  onOpen: (bar: Bar) => void;
};

type Start = { mode: Drag["mode"]; originIndex: number; bar: Bar | null; grabCol: number; x: number; y: number; moved: boolean };

function nextDrag(s: Start, o: Options, col: number, rowIndex: number): Drag {
  const origin = o.rows[s.originIndex] as TimelineRow;
  if (s.mode === "create" || !s.bar) {
    return {
      mode: "create",
      rowIndex: s.originIndex,
      originIndex: s.originIndex,
      bar: null,
      span: { startCol: Math.min(s.grabCol, col), endCol: Math.max(s.grabCol, col) + 1 },
    };
  }
  const { startCol, endCol } = s.bar;
  let span: Span;
  if (s.mode === "start") span = { startCol: Math.min(col, endCol - 1), endCol };
  else if (s.mode === "end") span = { startCol, endCol: Math.max(col + 1, startCol + 1) };
  else span = { startCol: startCol + col - s.grabCol, endCol: endCol + col - s.grabCol };
  const target = o.rows[rowIndex];
  const landing = s.mode === "move" && target && canLand(origin, target) ? rowIndex : s.originIndex;
  return { mode: s.mode, rowIndex: landing, originIndex: s.originIndex, bar: s.bar, span };
}

export function useTimelineDrag(options: Options) {
  const opts = useRef(options);
  opts.current = options;
  const [drag, setDrag] = useState<Drag | null>(null);
  const start = useRef<Start | null>(null);
  const latest = useRef<Drag | null>(null);

  const pointAt = useCallback((clientX: number, clientY: number) => {
    const o = opts.current;
    const el = o.scrollerRef.current;
    if (!el) return { col: 0, rowIndex: 0 };
    const rect = el.getBoundingClientRect();
    const x = clientX - rect.left + el.scrollLeft - rowHeaderWidth;
    const y = clientY - rect.top + el.scrollTop - headerHeight;
    return { col: Math.max(0, Math.min(o.days - 1, Math.floor(x / o.dayWidth))), rowIndex: rowAt(o.tops, y) };
  }, []);

  /** Works out where the drag would land with the pointer at (x, y) and the grid's scroll now. */
  const track = useCallback(
    (clientX: number, clientY: number) => {
      const s = start.current;
      if (!s?.moved) return;
      const { col, rowIndex } = pointAt(clientX, clientY);
      const next = nextDrag(s, opts.current, col, rowIndex);
      const prev = latest.current;
      if (prev && prev.rowIndex === next.rowIndex && prev.span.startCol === next.span.startCol && prev.span.endCol === next.span.endCol) return;
      latest.current = next;
      setDrag(next);
    },
    [pointAt],
  );
  const edge = useEdgeScroll(options.scrollerRef, track);

  const finish = useCallback(
    (commit: boolean) => {
      const s = start.current;
      const d = latest.current;
      start.current = null;
      latest.current = null;
      edge.stop();
      setDrag(null);
      if (!s || !commit) return;
      const o = opts.current;
      const origin = o.rows[s.originIndex];
      if (!origin) return;
      if (s.mode === "create") return o.onCreate(origin, d?.span ?? { startCol: s.grabCol, endCol: s.grabCol + 1 });
      if (!s.bar) return;
      if (!s.moved || !d) return o.onOpen(s.bar);
      const target = o.rows[d.rowIndex];
      const same = d.span.startCol === s.bar.startCol && d.span.endCol === s.bar.endCol && d.rowIndex === s.originIndex;
      if (target && !same) o.onCommit(s.bar, origin, target, d.span);
    },
    [edge.stop],
  );

  useEffect(() => {
    let last: { x: number; y: number } | null = null;
    const move = (e: globalThis.PointerEvent) => {
      const s = start.current;
      if (!s) return;
      if (!s.moved && Math.hypot(e.clientX - s.x, e.clientY - s.y) < 4) return;
      s.moved = true;
      last = { x: e.clientX, y: e.clientY };
      track(e.clientX, e.clientY);
      // Only a move can change rows: creating and resizing scroll sideways only.
      edge.follow(e.clientX, e.clientY, s.mode === "move");
    };
    // Scrolled by the wheel mid-drag: the same pointer is over another day or row now.
    const scrolled = () => last && track(last.x, last.y);
    const up = () => start.current && finish(true);
    const cancel = () => start.current && finish(false);
    const key = (e: KeyboardEvent) => e.key === "Escape" && cancel();
    const scroller = opts.current.scrollerRef.current;
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
    window.addEventListener("pointercancel", cancel);
    window.addEventListener("keydown", key);
    scroller?.addEventListener("scroll", scrolled, { passive: true });
    return () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      window.removeEventListener("pointercancel", cancel);
      window.removeEventListener("keydown", key);
      scroller?.removeEventListener("scroll", scrolled);
    };
  }, [track, finish, edge.follow]);

  const begin = useCallback(
    (e: PointerEvent, mode: Drag["mode"], row: TimelineRow, bar: Bar | null) => {
      const originIndex = opts.current.rows.findIndex((r) => r.key === row.key);
      if (originIndex < 0) return;
      e.preventDefault();
      const { col } = pointAt(e.clientX, e.clientY);
      start.current = { mode, originIndex, bar, grabCol: col, x: e.clientX, y: e.clientY, moved: false };
      if (mode === "create") {
        latest.current = { mode, rowIndex: originIndex, originIndex, bar: null, span: { startCol: col, endCol: col + 1 } };
        setDrag(latest.current);
      }
    },
    [pointAt],
  );

  const onLaneDown = useCallback((e: PointerEvent, row: TimelineRow) => e.button === 0 && begin(e, "create", row, null), [begin]);
  const onBarDown = useCallback((e: PointerEvent, bar: Bar, handle: DragHandle, row: TimelineRow) => begin(e, handle, row, bar), [begin]);
  return { drag, onLaneDown, onBarDown };
}
