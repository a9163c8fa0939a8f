import type { TaskChangeResult } from "@backlot/contracts/tracking/tasks";
import { notifications } from "@mantine/notifications";

/** A saved status may start work before it is ready: the server says so, the user sees it. */
export function showTaskWarnings(result: TaskChangeResult) {
  for (const w of result.warnings) notifications.show({ color: "yellow", title: "Started before it is ready", message: w.message, autoClose: 8000 });
}
