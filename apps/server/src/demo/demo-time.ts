import { createTimeLogBody } from "@backlot/contracts/tracking/time-logs";
import { createTimeLog } from "../modules/tracking/time/time-logs.service";
import { addDays } from "../modules/tracking/time/timesheet";
import { inPool, type ReviewStage } from "./demo-cast";

/** A compositor's day: a long block on one shot, a shorter one on the next, a little admin. */
const dayShapes: { minutes: number; note: string }[][] = [
  [
    { minutes: 270, note: "Comp: plate cleanup and key" },
    { minutes: 150, note: "Comp: harbour light reflections" },
    { minutes: 30, note: "Dailies" },
  ],
  [
    { minutes: 210, note: "Comp: grade match to the HBR look" },
    { minutes: 180, note: "Roto fixes on Mara's hair" },
    { minutes: 45, note: "Renders and submission" },
  ],
  [
    { minutes: 300, note: "Comp: gull wing edges and flare" },
    { minutes: 120, note: "Comp: re-grain and final checks" },
  ],
];

/** The working days of the last two weeks up to today, so this week's timesheet is filled so far. */
function workingDays(today: string): string[] {
  const days: string[] = [];
  for (let i = 13; i >= 0; i--) {
    const day = addDays(today, -i);
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) days.push(day);
  }
  return days;
}

/**
 * Mia's time (TRK-9) on her compositing shots, logged by her through the time service; today
 * is half a day so far.
 */
export async function seedDemoTime(stage: ReviewStage, tasks: { id: string }[]) {
  const { deps, artist } = stage;
  const days = workingDays(stage.today);
  const logs = days.flatMap((day, d) => {
    const shape = dayShapes[d % dayShapes.length] ?? [];
    const entries = day === stage.today ? shape.slice(0, 1) : shape;
    // A shot carries over into the next day: today's second block is tomorrow's first.
    return entries.map((entry, e) => ({ ...entry, day, task: tasks[(d + (e % 2)) % tasks.length] }));
  });
  // Days are independent (the day-total check locks per person and day), so several go at once.
  await inPool(logs, 3, async ({ task, day, minutes, note }) => {
    if (!task) return;
    const body = createTimeLogBody.parse({ taskId: task.id, day, minutes, note });
    await createTimeLog(deps.db, artist, artist.access, body);
  });
}
