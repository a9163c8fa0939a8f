import type { Challenge } from "@backlot/contracts/booking/bookings";
import { IconFlag } from "@tabler/icons-react";
import { type KeyboardEvent, type PointerEvent, memo } from "react";
import { bookingDays, projectColor, rankShort, statusLabel } from "../../bookings/api/booking-labels";
import type { Bar, Project, TimelineRow } from "../api/timeline";
import { barBox } from "./bar-geometry";
import { barTop } from "./grid-geometry";
import classes from "./scheduler.module.css";

export type DragHandle = "move" | "start" | "end";

/** The id of the grid's one description of the bar keys (scheduler-status.tsx). */
export const keysHelpId = "scheduler-keys-help";

type Props = {
  bar: Bar;
  lanes: number;
  dayWidth: number;
  /** Days in the window, and whether zoomed out to weeks (a timed bar then fills its day). */
  days: number;
  weeks: boolean;
  project: Project | undefined;
  placeholder: boolean;
  challenge?: { challenge: Challenge; role: "holder" | "challenger" };
  selected?: boolean;
  dragging?: boolean;
  ghost?: boolean;
  canEdit: boolean;
  /** Who the booking is for (the row's name) and the zone its days are told in, for the label. */
  who?: string;
  timeZone?: string;
  /** 0 for the grid's one tab stop, -1 for the other bars (reached with arrow keys). */
  tabIndex?: number;
  /** The bar's row, handed back to the callbacks: they stay the row's own, so the memo holds. */
  row?: TimelineRow;
  onPointerDown?: (e: PointerEvent, bar: Bar, handle: DragHandle, row: TimelineRow) => void;
  onOpen?: (bar: Bar) => void;
  onKeyDown?: (e: KeyboardEvent, bar: Bar, row: TimelineRow) => void;
  onFocus?: (bar: Bar) => void;
};

const deadline = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** "Ana Ruiz — Harbour Lights (HARB), 2nd pencil, 12 May – 16 May", and a challenge if any. */
function describe(p: Props) {
  const { booking } = p.bar;
  const what = p.project ? `${p.project.name} (${p.project.code})` : "Booking";
  const days = `${bookingDays(booking, p.timeZone ?? "UTC")}${p.bar.timed ? `, ${p.bar.timed.hours}` : ""}`;
  const flag = p.challenge
    ? p.challenge.role === "holder"
      ? `, challenged: confirm or release by ${deadline.format(new Date(p.challenge.challenge.deadline))}`
      : `, challenging a higher pencil until ${deadline.format(new Date(p.challenge.challenge.deadline))}`
    : "";
  return `${p.who ? `${p.who} — ` : ""}${what}, ${statusLabel(booking)}${p.placeholder ? ", placeholder" : ""}, ${days}${flag}`;
}

/**
 * One booking on the grid. Confirmed bookings are solid in their project's colour; holds are
 * hatched and outlined with their pencil rank; placeholders are grey and dashed; a challenge
 * adds an orange ring and a flag. A button for the keyboard: Enter opens the booking; the
 * grid's keys (use-bar-keyboard.ts) move it.
 */
export const BookingBar = memo(function BookingBar(p: Props) {
  const { booking, lane } = p.bar;
  const color = projectColor(booking.projectId);
  const box = barBox(p.bar, p.dayWidth, p.days, p.weeks);
  // A bar too narrow for text (a short timed booking) says it in its label and tooltip only.
  const roomy = box.width >= 40;
  // Lengthening a timed booking by days makes no sense: its hours are changed in the drawer.
  const resizable = p.canEdit && !p.ghost && !p.bar.timed;
  const label = describe(p);
  const down = (handle: DragHandle) => (e: PointerEvent) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    if (p.row) p.onPointerDown?.(e, p.bar, handle, p.row);
  };
  // A timed bar sits on a thin track across its days, so where it is in the day reads as a time.
  const track = p.bar.timed && !p.weeks && !p.ghost ? barBox({ startCol: p.bar.startCol, endCol: p.bar.endCol }, p.dayWidth, p.days, true) : null;
  const top = barTop(lane, p.lanes);
  return (
    <>
      {track && (
        <span
          className={classes.dayTrack}
          style={{ left: track.left, width: track.width, top: top + 10, ["--bar-color" as string]: `var(--mantine-color-${color}-filled)` }}
          aria-hidden
        />
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: a <button> cannot hold the resize handles' own pointer targets */}
      <div
        role="button"
        tabIndex={p.ghost ? -1 : (p.tabIndex ?? 0)}
        className={classes.bar}
        data-booking-id={booking.id}
        data-status={booking.status}
        data-rank={booking.holdRank ?? undefined}
        data-start-date={booking.startDate ?? undefined}
        data-end-date={booking.endDate ?? undefined}
        data-hours={p.bar.timed?.hours}
        data-timed={p.bar.timed && !p.weeks ? true : undefined}
        data-placeholder={p.placeholder || undefined}
        data-challenged={p.challenge ? p.challenge.role : undefined}
        data-selected={p.selected || undefined}
        data-dragging={p.dragging || undefined}
        data-ghost={p.ghost || undefined}
        aria-label={label}
        aria-describedby={p.ghost ? undefined : keysHelpId}
        title={label}
        style={{
          left: box.left,
          width: box.width,
          top,
          ["--bar-color" as string]: `var(--mantine-color-${color}-filled)`,
          ["--bar-light" as string]: `var(--mantine-color-${color}-light)`,
          ["--bar-text" as string]: `var(--mantine-color-${color}-light-color)`,
        }}
        onPointerDown={p.canEdit ? down("move") : undefined}
        onClick={p.canEdit ? undefined : () => p.onOpen?.(p.bar)}
        onKeyDown={(e) => {
          if (p.onKeyDown && p.row) return p.onKeyDown(e, p.bar, p.row);
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            p.onOpen?.(p.bar);
          }
        }}
        onFocus={p.onFocus ? () => p.onFocus?.(p.bar) : undefined}
      >
        {roomy && booking.status === "hold" && booking.holdRank && <span className={classes.rank}>{rankShort(booking.holdRank)}</span>}
        {p.challenge && <IconFlag size={12} stroke={2.2} color="var(--mantine-color-orange-6)" style={{ flex: "none" }} />}
        {roomy && (
          <span className={classes.barLabel}>
            {p.bar.timed ? `${p.bar.timed.hours} · ` : ""}
            {p.project ? `${p.project.code} · ${p.project.name}` : "…"}
          </span>
        )}
        {resizable && (
          <>
            <span className={classes.handle} data-side="start" onPointerDown={down("start")} />
            <span className={classes.handle} data-side="end" onPointerDown={down("end")} />
          </>
        )}
      </div>
    </>
  );
});
