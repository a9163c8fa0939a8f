import { and, eq } from "drizzle-orm";
import type { Timesheet } from "@backlot/contracts/tracking/time-logs";
import type { Queryable } from "../../../platform/db/pool";
import { organizations, people } from "../../../platform/db/schema";
import { notFound } from "../../../platform/http/app-error";
import { listTimeLogs } from "./time-logs.repo";

const firstDay: Record<string, number> = { sunday: 0, monday: 1, saturday: 6 };

export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Today's date where the studio is, so a Monday-morning timesheet in Tokyo is this week's. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** The first day of the week containing `day`, for the organization's week start. */
export function weekStartOf(day: string, weekStart: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((dow - (firstDay[weekStart] ?? 1) + 7) % 7));
}

/** One person's week (TRK-9): a row per task with minutes per day, and totals. */
export async function buildTimesheet(db: Queryable, organizationId: string, personId: string, week: string | undefined): Promise<Timesheet> {
  const [org] = await db
    .select({ timeZone: organizations.timeZone, weekStart: organizations.weekStart })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const [person] = await db
    .select({ name: people.displayName })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  if (!org || !person) throw notFound("Person");
  const start = weekStartOf(week ?? todayIn(org.timeZone), org.weekStart);
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const logs = await listTimeLogs(db, organizationId, { personId, from: days[0], to: days[6], limit: 10_000 });
  const rows = new Map<string, Timesheet["rows"][number]>();
  for (const log of logs.sort((a, b) => a.projectCode.localeCompare(b.projectCode) || (a.entityCode ?? "").localeCompare(b.entityCode ?? ""))) {
    const row = rows.get(log.taskId) ?? {
      taskId: log.taskId,
      taskName: log.taskName,
      projectId: log.projectId,
      projectCode: log.projectCode,
      entityCode: log.entityCode,
      minutes: [0, 0, 0, 0, 0, 0, 0],
      total: 0,
    };
    const index = days.indexOf(log.day);
    row.minutes[index] = (row.minutes[index] ?? 0) + log.minutes;
    row.total += log.minutes;
    rows.set(log.taskId, row);
  }
  const list = [...rows.values()];
  const dayTotals = days.map((_, i) => list.reduce((n, r) => n + (r.minutes[i] ?? 0), 0));
  return { personId, personName: person.name, weekStart: start, days, rows: list, dayTotals, total: dayTotals.reduce((a, b) => a + b, 0) };
}
