import Gantt, { type GanttOptions, type GanttTask } from "frappe-gantt";
import { useEffect, useRef } from "react";
import "frappe-gantt/style.css";
import "./gantt-chart.css";

export type ViewMode = "Day" | "Week" | "Month";

type Props = {
  tasks: GanttTask[];
  viewMode: ViewMode;
  readonly: boolean;
  /** Where the chart opens: the first bar's date, rather than today, which may be empty. */
  scrollTo?: string;
  onDateChange: (id: string, start: Date, end: Date) => void;
  onSelect: (id: string) => void;
};

/**
 * frappe-gantt in a React component: the chart is built once and refreshed with new bars;
 * callbacks go through refs so a re-render never rebuilds the SVG (which would drop a drag).
 */
export function GanttChart({ tasks, viewMode, readonly, scrollTo, onDateChange, onSelect }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<Gantt | null>(null);
  const handlers = useRef({ onDateChange, onSelect });
  handlers.current = { onDateChange, onSelect };

  // frappe-gantt 1.2 reports a date change at every snapped step of a drag, not once at the end:
  // keep the latest per bar and hand them on when the mouse (or finger) is released.
  const pending = useRef(new Map<string, { start: Date; end: Date }>());
  const settle = (id: string, start: Date, end: Date) => {
    if (pending.current.size === 0) {
      const flush = () => {
        window.removeEventListener("mouseup", flush);
        window.removeEventListener("touchend", flush);
        const changes = [...pending.current];
        pending.current.clear();
        for (const [barId, d] of changes) handlers.current.onDateChange(barId, d.start, d.end);
      };
      window.addEventListener("mouseup", flush);
      window.addEventListener("touchend", flush);
    }
    pending.current.set(id, { start, end });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: built once; tasks and mode are applied by the effects below.
  useEffect(() => {
    if (!host.current) return;
    host.current.innerHTML = "";
    const options: GanttOptions = {
      view_mode: viewMode,
      bar_height: 22,
      padding: 14,
      container_height: "auto",
      readonly_progress: true,
      readonly_dates: readonly,
      move_dependencies: false,
      today_button: false,
      view_mode_select: false,
      lines: "both",
      holidays: { "var(--mantine-color-default-hover)": "weekend" },
      popup: false,
      scroll_to: scrollTo ?? "today",
      on_click: (t) => handlers.current.onSelect(t.id),
      on_date_change: (t, start, end) => settle(t.id, start, end),
    };
    chart.current = new Gantt(host.current, tasks, options);
    return () => {
      chart.current = null;
      if (host.current) host.current.innerHTML = "";
    };
  }, []);

  useEffect(() => {
    chart.current?.refresh(tasks);
  }, [tasks]);

  useEffect(() => {
    chart.current?.change_view_mode(viewMode, true);
  }, [viewMode]);

  useEffect(() => {
    chart.current?.update_options({ readonly_dates: readonly });
  }, [readonly]);

  return <div ref={host} className="backlot-gantt" data-testid="gantt-chart" />;
}
