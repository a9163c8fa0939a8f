import { type RefObject, useCallback, useEffect, useRef } from "react";
import { headerHeight, rowHeaderWidth } from "./grid-geometry";

/** How close to an edge of the days area the pointer must be to scroll, and the fastest step. */
export const edgeZone = 40;
const maxStep = 16;

type View = { left: number; top: number; width: number; height: number };

/** Pixels to scroll on one axis: faster the deeper into the zone, fastest at or past the edge. */
function axisStep(pos: number, start: number, end: number) {
  if (pos < start + edgeZone) return -Math.ceil(maxStep * Math.min(1, (start + edgeZone - pos) / edgeZone));
  if (pos > end - edgeZone) return Math.ceil(maxStep * Math.min(1, (pos - (end - edgeZone)) / edgeZone));
  return 0;
}

/**
 * The scroll step for a pointer at (x, y). The edges are those of the days area, not of the
 * scroller: the sticky date header and "who" column cover the scroller's own top and left, so
 * the pointer over them counts as past the edge.
 */
export function edgeStep(view: View, x: number, y: number) {
  return {
    dx: axisStep(x, view.left + rowHeaderWidth, view.left + view.width),
    dy: axisStep(y, view.top + headerHeight, view.top + view.height),
  };
}

/**
 * Scrolls the grid while a drag's pointer rests near an edge, one step a frame (a pointer that
 * holds still sends no events, so a timer of our own has to keep going). After each step
 * `onScrolled` works the drop target out again from the same pointer over the new scroll
 * position, before the next event can drop it.
 */
export function useEdgeScroll(scrollerRef: RefObject<HTMLElement | null>, onScrolled: (x: number, y: number) => void) {
  const frame = useRef(0);
  const pointer = useRef<{ x: number; y: number; vertical: boolean } | null>(null);
  const scrolled = useRef(onScrolled);
  scrolled.current = onScrolled;

  const tick = useCallback(() => {
    frame.current = 0;
    const el = scrollerRef.current;
    const p = pointer.current;
    if (!el || !p) return;
    const rect = el.getBoundingClientRect();
    const { dx, dy } = edgeStep({ left: rect.left, top: rect.top, width: el.clientWidth, height: el.clientHeight }, p.x, p.y);
    const step = { left: dx, top: p.vertical ? dy : 0 };
    if (!step.left && !step.top) return;
    const before = [el.scrollLeft, el.scrollTop];
    el.scrollLeft += step.left;
    el.scrollTop += step.top;
    // At the end of the window there is nothing more to scroll: stop until the pointer moves.
    if (el.scrollLeft === before[0] && el.scrollTop === before[1]) return;
    scrolled.current(p.x, p.y);
    frame.current = requestAnimationFrame(tick);
  }, [scrollerRef]);

  /** The pointer is here now; `vertical`: whether the drag may change rows (a move). */
  const follow = useCallback(
    (x: number, y: number, vertical: boolean) => {
      pointer.current = { x, y, vertical };
      if (!frame.current) frame.current = requestAnimationFrame(tick);
    },
    [tick],
  );

  const stop = useCallback(() => {
    pointer.current = null;
    cancelAnimationFrame(frame.current);
    frame.current = 0;
  }, []);

  useEffect(() => stop, [stop]);
  return { follow, stop };
}
