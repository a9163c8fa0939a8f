import type { TimeOff } from "@backlot/contracts/booking/profiles";
import { timeOffKinds } from "@backlot/contracts/booking/profiles";
import dayjs from "dayjs";
import { capitalize } from "../../../../lib/format";

export const kindColors: Record<TimeOff["kind"], string> = { vacation: "teal", sick: "red", personal: "grape", training: "blue", other: "gray" };
export const kindOptions = timeOffKinds.map((k) => ({ value: k, label: capitalize(k) }));

/** "1 – 5 Dec 2026 · 5 days" for whole days, "3 Dec 2026, 14:00 – 17:00" for hours. */
export function timeOffRange(t: TimeOff): { range: string; length: string } {
  if (t.allDay && t.startDate && t.endDate) {
    const a = dayjs(t.startDate);
    const b = dayjs(t.endDate);
    const days = b.diff(a, "day") + 1;
    const range = days === 1 ? a.format("ddd D MMM YYYY") : `${a.format(a.year() === b.year() ? "D MMM" : "D MMM YYYY")} – ${b.format("D MMM YYYY")}`;
    return { range, length: `${days} ${days === 1 ? "day" : "days"}` };
  }
  const a = dayjs(t.start);
  const b = dayjs(t.end);
  const hours = Math.round(b.diff(a, "minute") / 6) / 10;
  const range = a.isSame(b, "day")
    ? `${a.format("D MMM YYYY, HH:mm")} – ${b.format("HH:mm")}`
    : `${a.format("D MMM, HH:mm")} – ${b.format("D MMM YYYY, HH:mm")}`;
  return { range, length: `${hours} h` };
}
