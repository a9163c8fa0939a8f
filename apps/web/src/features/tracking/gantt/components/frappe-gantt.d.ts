/** The parts of frappe-gantt (which ships no types) that the Gantt chart uses. */
declare module "frappe-gantt" {
  export type GanttTask = {
    id: string;
    name: string;
    start: string;
    end: string;
    progress?: number;
    dependencies?: string[] | string;
    custom_class?: string;
  };
  export type GanttOptions = {
    view_mode?: "Day" | "Week" | "Month" | "Year";
    bar_height?: number;
    padding?: number;
    container_height?: number | "auto";
    column_width?: number;
    readonly?: boolean;
    readonly_dates?: boolean;
    readonly_progress?: boolean;
    move_dependencies?: boolean;
    today_button?: boolean;
    view_mode_select?: boolean;
    scroll_to?: string;
    lines?: "none" | "vertical" | "horizontal" | "both";
    holidays?: Record<string, string | string[]>;
    popup?: false | ((ctx: unknown) => string | false | undefined);
    on_click?: (task: GanttTask) => void;
    on_date_change?: (task: GanttTask, start: Date, end: Date) => void;
  };
  export default class Gantt {
    constructor(element: HTMLElement | SVGElement | string, tasks: GanttTask[], options?: GanttOptions);
    refresh(tasks: GanttTask[]): void;
    change_view_mode(mode?: string, maintainPos?: boolean): void;
    update_options(options: GanttOptions): void;
    scroll_current(): void;
  }
}
