import { type KeyboardEvent, type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Bar, Span, TimelineRow } from "../api/timeline";
import { barIntent, canLand, focusTarget, nextRow, spanAfter, windowShift } from "./bar-keys";
import { headerHeight, rowHeaderWidth } from "./grid-geometry";
import type { MoveOutcome } from "./use-booking-moves";

/*
 * Focus model: one tab stop for the whole grid (a roving tabindex), not one per bar. A studio's
 * window holds thousands of bars and even the rendered rows hold hundreds; Tab walking through
 * them would trap keyboard users in the grid. Tab enters the grid on the last bar used (or the
 * first bar drawn), arrows and Home/End walk between bars (see bar-keys.ts), Tab leaves.
 */

type Options = {
  scrollerRef: RefObject<HTMLDivElement | null>;
  rows: TimelineRow[];
  weeks: boolean;
  /** Days in the window, and how to move it (by days) when a key takes a booking out of it. */
  days: number;
  onShiftWindow?: (days: number) => void;
  canEdit: boolean;
  /** Brings a row into the rendered (virtualized) range. */
  scrollToRow: (index: number) => void;
  onOpen: (bar: Bar) => void;
  /** Puts away the note on a refused move, if one is shown. */
  onDismiss?: () => void;
  /** The same save as a drop (use-booking-moves), announced by the caller. */
  onMove: (bar: Bar, from: TimelineRow, to: TimelineRow, span: Span) => Promise<MoveOutcome>;
  saving: (bookingId: string) => boolean;
  announce: (message: string, ok?: boolean) => void;
};

const barSelector = (id: string) => `[data-booking-id="${CSS.escape(id)}"]:not([data-ghost])`;
// A bar asked for but not drawn (moved out of the window, the next window still loading) stops
// being waited for after this.
const pendingMs = 5_000;

/**
 * Scrolls just enough that an element is clear of the sticky date header and "who" column, and
 * of the status line floating over the bottom of the grid (scheduler-status.tsx).
 */
function reveal(scroller: HTMLElement, el: HTMLElement) {
  const view = scroller.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  const margin = 8;
  const statusLine = 56;
  const left = view.left + rowHeaderWidth + margin;
  const right = view.left + scroller.clientWidth - margin;
  const top = view.top + headerHeight + margin;
  const bottom = view.top + scroller.clientHeight - Math.min(statusLine, scroller.clientHeight / 4);
  const dx = box.left < left ? box.left - left : box.right > right ? Math.min(box.right - right, box.left - left) : 0;
  const dy = box.top < top ? box.top - top : box.bottom > bottom ? box.bottom - bottom : 0;
  if (dx || dy) scroller.scrollBy({ left: dx, top: dy });
}

export function useBarKeyboard(options: Options) {
  const opts = useRef(options);
  opts.current = options;
  const [activeId, setActiveId] = useState<string | null>(null);
  const pending = useRef<{ id: string; at: number } | null>(null);

  /** Focuses the bar now if it is drawn, else as soon as a render draws it. */
  const focusBar = useCallback((id: string) => {
    const scroller = opts.current.scrollerRef.current;
    const el = scroller?.querySelector<HTMLElement>(barSelector(id));
    pending.current = { id, at: Date.now() };
    if (!scroller || !el) return;
    reveal(scroller, el);
    if (document.activeElement !== el) el.focus({ preventScroll: true });
  }, []);

  // After every render: a bar asked for may have just been drawn (a row scrolled into the
  // virtualized range, a booking handed to another row) or moved (keep it in view).
  useLayoutEffect(() => {
    const want = pending.current;
    if (!want) return;
    if (Date.now() - want.at > pendingMs) pending.current = null;
    const scroller = opts.current.scrollerRef.current;
    const el = scroller?.querySelector<HTMLElement>(barSelector(want.id));
    if (!scroller || !el) return;
    pending.current = null;
    reveal(scroller, el);
    if (document.activeElement !== el) el.focus({ preventScroll: true });
  });

  const change = useCallback((bar: Bar, row: TimelineRow, to: TimelineRow, span: Span) => {
    const o = opts.current;
    if (!o.canEdit) return o.announce("You can see bookings here but not change them.");
    if (o.saving(bar.booking.id)) return o.announce("Still saving the last change…");
    const id = bar.booking.id;
    void o.onMove(bar, row, to, span).then((outcome) => {
      // Moved past the window's last (or first) day: once saved (so the next window is fetched
      // with it), the window comes along; the bar is focused when drawn there.
      const shift = windowShift(span, o.days);
      if (outcome.ok && shift !== 0) opts.current.onShiftWindow?.(shift);
      // Refused: the bar went back, possibly to another row (a new element). Keep it focused,
      // unless the user has put the focus somewhere else meanwhile.
      const here = document.activeElement;
      const idle = !here || here === document.body || opts.current.scrollerRef.current?.contains(here);
      if ((outcome.ok && shift !== 0) || (!outcome.ok && idle)) pending.current = { id, at: Date.now() };
    });
    // The bar is drawn at its new place on the next render: keep it focused and in view.
    pending.current = { id, at: Date.now() };
  }, []);

  const onBarKeyDown = useCallback(
    (e: KeyboardEvent, bar: Bar, row: TimelineRow) => {
      const o = opts.current;
      const intent = barIntent(e, o.weeks);
      if (!intent || (intent.kind === "dismiss" && !o.onDismiss)) return;
      e.preventDefault();
      e.stopPropagation();
      const index = o.rows.findIndex((r) => r.key === row.key);
      if (intent.kind === "open") return o.onOpen(bar);
      if (intent.kind === "dismiss") return o.onDismiss?.();
      if (intent.kind === "focus") {
        const target = focusTarget(o.rows, index, bar, intent.to);
        if (!target) return;
        setActiveId(target.bar.booking.id);
        o.scrollToRow(target.rowIndex);
        return focusBar(target.bar.booking.id);
      }
      if (intent.kind === "reassign") {
        const i = nextRow(o.rows, index, intent.dir, (r) => r.key !== row.key && canLand(row, r));
        if (i < 0) return o.announce(`No row ${intent.dir < 0 ? "above" : "below"} can take this booking.`);
        o.scrollToRow(i);
        return change(bar, row, o.rows[i] as TimelineRow, bar);
      }
      if (intent.kind === "resize" && bar.timed) return o.announce("A timed booking keeps its length: press Enter to change its hours.", false);
      const span = spanAfter(bar, intent);
      if (!span) return o.announce("A booking is at least one day long.");
      change(bar, row, row, span);
    },
    [focusBar, change],
  );

  const onBarFocus = useCallback((bar: Bar) => setActiveId(bar.booking.id), []);

  // Whether a bar has keyboard focus (not a click's): the status line then shows the keys.
  const [keyFocus, setKeyFocus] = useState(false);
  useEffect(() => {
    const scroller = opts.current.scrollerRef.current;
    if (!scroller) return;
    const focusIn = (e: FocusEvent) => setKeyFocus(e.target instanceof HTMLElement && e.target.matches("[data-booking-id]:focus-visible"));
    const focusOut = () => setKeyFocus(false);
    scroller.addEventListener("focusin", focusIn);
    scroller.addEventListener("focusout", focusOut);
    return () => {
      scroller.removeEventListener("focusin", focusIn);
      scroller.removeEventListener("focusout", focusOut);
    };
  }, []);

  /** The one bar Tab stops on among the rows drawn: the last one used, else the first drawn. */
  const tabStop = (drawn: TimelineRow[]) => {
    let first: string | null = null;
    for (const row of drawn) {
      for (const bar of row.bars) {
        if (bar.booking.id === activeId) return activeId;
        first ??= bar.booking.id;
      }
    }
    return first;
  };

  return { onBarKeyDown, onBarFocus, tabStop, keyFocus };
}
