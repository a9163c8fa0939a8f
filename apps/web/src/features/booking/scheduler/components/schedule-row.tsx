import { Group, Text } from "@mantine/core";
import { type KeyboardEvent, type PointerEvent, memo } from "react";
import type { ChallengeFlags } from "../api/scheduler-api";
import type { Bar, Project, Span, TimelineRow } from "../api/timeline";
import { BookingBar, type DragHandle } from "./booking-bar";
import { rowHeaderWidth } from "./grid-geometry";
import { RowHeader } from "./row-header";
import classes from "./scheduler.module.css";

export type RowCandidate = { rank: number; cost: string | null; match: number };

type Props = {
  row: TimelineRow;
  top: number;
  height: number;
  days: number;
  dayWidth: number;
  weeks: boolean;
  /** Pixels between vertical grid lines: a day, or a week in the compact zoom. */
  gridStep: number;
  groupStart: boolean;
  projects: Map<string, Project>;
  challenges: ChallengeFlags | undefined;
  candidate?: RowCandidate;
  selectedId: string | null;
  /** The bar being dragged out of this row (drawn faded). */
  draggingId: string | null;
  /** Where a drag would land in this row: a new booking's days, or the dragged bar. */
  ghost: { span: Span; bar: Bar | null } | null;
  canEdit: boolean;
  onLaneDown: (e: PointerEvent, row: TimelineRow) => void;
  onBarDown: (e: PointerEvent, bar: Bar, handle: DragHandle, row: TimelineRow) => void;
  onOpen: (bar: Bar) => void;
  /** The bar the grid's one tab stop is on (use-bar-keyboard.ts), if it is in this row. */
  tabStopId: string | null;
  onBarKeyDown: (e: KeyboardEvent, bar: Bar, row: TimelineRow) => void;
  onBarFocus: (bar: Bar) => void;
};

/** One row: the sticky header (who) and the lane of bars (when), absolutely placed per row. */
export const ScheduleRow = memo(function ScheduleRow(p: Props) {
  const { row, dayWidth } = p;
  const placeholder = row.kind === "placeholder";
  return (
    <div
      className={classes.row}
      style={{ top: p.top, height: p.height, width: rowHeaderWidth + p.days * dayWidth }}
      data-group-start={p.groupStart || undefined}
      data-row={row.key}
      data-row-name={row.name}
    >
      <RowHeader row={row} candidate={p.candidate} />
      <div
        className={classes.lane}
        style={{
          width: p.days * dayWidth,
          // Day lines as a background, not a DOM cell per day.
          backgroundImage: `repeating-linear-gradient(90deg, transparent 0 ${p.gridStep - 1}px, var(--mantine-color-default-border) ${p.gridStep - 1}px ${p.gridStep}px)`,
          cursor: p.canEdit ? undefined : "default",
        }}
        onPointerDown={p.canEdit ? (e) => p.onLaneDown(e, row) : undefined}
      >
        {row.timeOff.map((t) => (
          <div
            key={`${t.startCol}-${t.endCol}-${t.kind}`}
            className={classes.timeOff}
            style={{ left: Math.max(0, t.startCol) * dayWidth, width: (Math.min(p.days, t.endCol) - Math.max(0, t.startCol)) * dayWidth }}
            title={`Time off (${t.kind})`}
          />
        ))}
        {row.bars.map((bar) => (
          <BookingBar
            key={bar.booking.id}
            bar={bar}
            lanes={row.lanes}
            dayWidth={dayWidth}
            days={p.days}
            weeks={p.weeks}
            project={p.projects.get(bar.booking.projectId)}
            placeholder={placeholder}
            challenge={p.challenges?.get(bar.booking.id)}
            selected={p.selectedId === bar.booking.id}
            dragging={p.draggingId === bar.booking.id}
            canEdit={p.canEdit}
            who={row.name}
            timeZone={row.timeZone}
            tabIndex={p.tabStopId === bar.booking.id ? 0 : -1}
            row={row}
            onPointerDown={p.onBarDown}
            onOpen={p.onOpen}
            onKeyDown={p.onBarKeyDown}
            onFocus={p.onBarFocus}
          />
        ))}
        {p.ghost?.bar ? (
          <BookingBar
            bar={{ ...p.ghost.bar, ...p.ghost.span, lane: 0 }}
            lanes={1}
            dayWidth={dayWidth}
            days={p.days}
            weeks={p.weeks}
            project={p.projects.get(p.ghost.bar.booking.projectId)}
            placeholder={placeholder}
            canEdit={false}
            ghost
          />
        ) : p.ghost ? (
          <div
            className={classes.selection}
            style={{ left: p.ghost.span.startCol * dayWidth + 1, width: (p.ghost.span.endCol - p.ghost.span.startCol) * dayWidth - 3 }}
          >
            <Group h="100%" px={6} gap={4} wrap="nowrap">
              <Text fz={11} fw={600} c="var(--mantine-primary-color-light-color)" truncate>
                {p.ghost.span.endCol - p.ghost.span.startCol} day{p.ghost.span.endCol - p.ghost.span.startCol === 1 ? "" : "s"}
              </Text>
            </Group>
          </div>
        ) : null}
      </div>
    </div>
  );
});
