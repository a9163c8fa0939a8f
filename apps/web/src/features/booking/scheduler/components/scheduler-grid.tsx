import { useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useCallback, useEffect, useMemo, useRef } from "react";
import { useFillHeight } from "../../../../components/use-fill-height";
import type { ChallengeFlags } from "../api/scheduler-api";
import type { Bar, Project, Span, TimelineRow } from "../api/timeline";
import { headerHeight, rowHeaderWidth, rowHeight } from "./grid-geometry";
import { moveAnnouncement } from "./move-announcement";
import { placeNote } from "./overlay-place";
import { type RowCandidate, ScheduleRow } from "./schedule-row";
import classes from "./scheduler.module.css";
import { SchedulerStatus, useAnnouncer } from "./scheduler-status";
import { ColumnShades, TimelineHeader } from "./timeline-header";
import { useBarKeyboard } from "./use-bar-keyboard";
import type { MoveOutcome } from "./use-booking-moves";
import { useTimelineDrag } from "./use-timeline-drag";

type Props = {
  rows: TimelineRow[];
  firstDay: number;
  days: number;
  dayWidth: number;
  today: number;
  weeks: boolean;
  holidays: Map<string, string>;
  projects: Map<string, Project>;
  challenges: ChallengeFlags | undefined;
  candidates: Map<string, RowCandidate> | null;
  canEdit: boolean;
  selectedId: string | null;
  rowLabel: string;
  onOpen: (bar: Bar) => void;
  onCreate: (row: TimelineRow, span: Span) => void;
  onCommit: (bar: Bar, from: TimelineRow, to: TimelineRow, span: Span) => Promise<MoveOutcome>;
  /** Whether a booking has a save on the way (a second move would be refused as stale). */
  saving: (bookingId: string) => boolean;
  /** Drawn over the grid where a move was refused, clear of both rows and the bar's days. */
  overlay?: { rowKey: string; fromKey: string; cols: Span; node: ReactNode } | null;
  /** Puts the overlay away (Escape on a bar). */
  onDismissOverlay?: () => void;
  /** Columns to tint (the "free between" range). */
  highlight?: { startCol: number; endCol: number } | null;
  /** Moves the window by a number of days (a key took a booking past its edge). */
  onShiftWindow?: (days: number) => void;
  /** Scrolls so this day is the first in view when the window changes. */
  scrollToCol?: number;
};

/**
 * The scheduler grid: a sticky date header, a sticky "who" column, and only the rows in view
 * rendered (virtualized), each an absolutely placed strip of bars. 500 people × 90 days is
 * about 20 row elements and a few hundred bars in the DOM at a time.
 */
export function SchedulerGrid(p: Props) {
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const [fillRef, height] = useFillHeight(16, 360);
  const heights = useMemo(() => p.rows.map((r) => rowHeight(r.lanes)), [p.rows]);
  const tops = useMemo(() => {
    const out: number[] = [];
    let y = 0;
    for (const h of heights) {
      out.push(y);
      y += h;
    }
    return out;
  }, [heights]);
  const virtualizer = useVirtualizer({
    count: p.rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: (i) => heights[i] ?? rowHeight(1),
    getItemKey: (i) => p.rows[i]?.key ?? i,
    overscan: 8,
    paddingStart: headerHeight,
  });
  // Heights are known, not measured: when lanes change, tell the virtualizer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the point is to re-run when the heights change
  useEffect(() => virtualizer.measure(), [virtualizer, heights]);
  useEffect(() => {
    if (p.scrollToCol !== undefined) scrollerRef.current?.scrollTo({ left: Math.max(0, p.scrollToCol * p.dayWidth) });
  }, [p.scrollToCol, p.dayWidth]);

  const { message, announce } = useAnnouncer();
  const { onCommit } = p;
  // Drops and keys save the same way, and both say how it went.
  const move = useCallback(
    (bar: Bar, from: TimelineRow, to: TimelineRow, span: Span) => {
      const resized = span.endCol - span.startCol !== bar.endCol - bar.startCol;
      return onCommit(bar, from, to, span).then((outcome) => {
        announce(moveAnnouncement(outcome, { from, to, resized }), outcome.ok);
        return outcome;
      });
    },
    [onCommit, announce],
  );
  const { drag, onLaneDown, onBarDown } = useTimelineDrag({
    scrollerRef,
    rows: p.rows,
    tops,
    days: p.days,
    dayWidth: p.dayWidth,
    onCreate: p.onCreate,
    onCommit: move,
    onOpen: p.onOpen,
  });
  const keys = useBarKeyboard({
    scrollerRef,
    rows: p.rows,
    weeks: p.weeks,
    days: p.days,
    onShiftWindow: p.onShiftWindow,
    canEdit: p.canEdit,
    scrollToRow: (index) => virtualizer.scrollToIndex(index, { align: "auto" }),
    onOpen: p.onOpen,
    onDismiss: p.overlay ? p.onDismissOverlay : undefined,
    onMove: move,
    saving: p.saving,
    announce,
  });
  const drawn = virtualizer.getVirtualItems();
  const tabStopId = keys.tabStop(drawn.map((item) => p.rows[item.index] as TimelineRow));
  const total = (tops[tops.length - 1] ?? 0) + (heights[heights.length - 1] ?? 0);
  const width = rowHeaderWidth + p.days * p.dayWidth;
  const overlayIndex = p.overlay ? p.rows.findIndex((r) => r.key === p.overlay?.rowKey) : -1;
  const overlayRef = useRef<HTMLDivElement | null>(null);
  // The explanation is brought into view where it happened (it may sit under the fold).
  useEffect(() => {
    if (p.overlay) overlayRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [p.overlay]);
  const overlayPlace = (overlay: NonNullable<Props["overlay"]>) => {
    const el = scrollerRef.current;
    const fromIndex = p.rows.findIndex((r) => r.key === overlay.fromKey);
    const both = [overlayIndex, fromIndex < 0 ? overlayIndex : fromIndex];
    const band = {
      top: headerHeight + Math.min(...both.map((i) => tops[i] ?? 0)),
      bottom: headerHeight + Math.max(...both.map((i) => (tops[i] ?? 0) + (heights[i] ?? 0))),
    };
    const view = { scrollTop: el?.scrollTop ?? 0, height: el?.clientHeight ?? 600, header: headerHeight };
    const { side: _, ...place } = placeNote(band, view, overlay.cols.startCol * p.dayWidth, overlay.cols.endCol * p.dayWidth, p.days * p.dayWidth);
    return { ...place, left: rowHeaderWidth + place.left };
  };

  return (
    <div className={classes.frame}>
      <div
        ref={(el) => {
          scrollerRef.current = el;
          fillRef(el);
        }}
        className={classes.scroller}
        style={{ height }}
        data-testid="scheduler-grid"
      >
        <div className={classes.canvas} style={{ width, height: headerHeight + total }}>
          <TimelineHeader firstDay={p.firstDay} days={p.days} dayWidth={p.dayWidth} today={p.today} weeks={p.weeks} holidays={p.holidays} label={p.rowLabel} />
          <ColumnShades firstDay={p.firstDay} days={p.days} dayWidth={p.dayWidth} today={p.today} holidays={p.holidays} highlight={p.highlight} />
          {drawn.map((item) => {
            const row = p.rows[item.index] as TimelineRow;
            const prev = p.rows[item.index - 1];
            const ghost = drag && drag.rowIndex === item.index ? { span: drag.span, bar: drag.bar } : null;
            return (
              <ScheduleRow
                key={row.key}
                row={row}
                top={item.start}
                height={item.size}
                days={p.days}
                dayWidth={p.dayWidth}
                weeks={p.weeks}
                gridStep={p.weeks ? 7 * p.dayWidth : p.dayWidth}
                groupStart={item.index > 0 && prev?.group !== row.group}
                projects={p.projects}
                challenges={p.challenges}
                candidate={p.candidates?.get(row.key)}
                selectedId={p.selectedId}
                draggingId={drag?.bar && drag.mode !== "create" && drag.originIndex === item.index ? drag.bar.booking.id : null}
                ghost={ghost}
                canEdit={p.canEdit}
                onLaneDown={onLaneDown}
                onBarDown={onBarDown}
                onOpen={p.onOpen}
                tabStopId={row.bars.some((b) => b.booking.id === tabStopId) ? tabStopId : null}
                onBarKeyDown={keys.onBarKeyDown}
                onBarFocus={keys.onBarFocus}
              />
            );
          })}
          {p.overlay && overlayIndex >= 0 && (
            <div ref={overlayRef} className={classes.conflict} style={overlayPlace(p.overlay)}>
              {p.overlay.node}
            </div>
          )}
        </div>
      </div>
      <SchedulerStatus message={message} showKeys={keys.keyFocus} />
    </div>
  );
}
