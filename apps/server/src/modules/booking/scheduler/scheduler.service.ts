import type { z } from "zod";
import type { SchedulerWindow, schedulerQuery } from "@backlot/contracts/booking/scheduler";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";
import { decodeCursor, encodeCursor } from "../../../platform/http/pagination";
import { resolveWindow } from "../shared/window";
import { schedulerRows, windowBookings, windowHolidays, windowPlaceholders, windowProjects, windowRoleSlots, windowTimeOff } from "./scheduler.repo";

const maxWindowDays = 400;

/**
 * Everything the scheduler draws for one window (BOOK-7): a page of rows, their holds and
 * confirmed bookings, time off, placeholders (first page of people), holidays and the projects
 * named (and the role slots placeholders book). After the rows, the queries run side by side on the pool.
 */
export async function getSchedulerWindow(db: Queryable, organizationId: string, query: z.output<typeof schedulerQuery>): Promise<SchedulerWindow> {
  const window = await resolveWindow(db, organizationId, query.from, query.to);
  const from = window.from as Date;
  const to = window.to as Date;
  if (to.getTime() - from.getTime() > maxWindowDays * 86_400_000) throw fieldError("query.to", `At most ${maxWindowDays} days`);
  const offset = Number((decodeCursor(query.cursor, 1) ?? ["0"])[0]);
  if (!Number.isSafeInteger(offset) || offset < 0) throw fieldError("query.cursor", "Invalid cursor");
  const found = await schedulerRows(db, organizationId, { ...query, skills: query.skills ?? [], offset, limit: query.limit });
  const rows = found.slice(0, query.limit);
  const ids = rows.map((r) => r.id);
  const people = query.rows === "people";
  const [bookings, placeholders, timeOff, holidays] = await Promise.all([
    windowBookings(db, organizationId, ids, from, to, query.projectId),
    people && offset === 0 ? windowPlaceholders(db, organizationId, from, to, query.projectId) : [],
    people ? windowTimeOff(db, organizationId, ids, from, to) : [],
    windowHolidays(db, organizationId, from, to),
  ]);
  const slotIds = [...new Set(placeholders.map((b) => b.roleSlotId).filter((id) => id !== null))];
  const [projects, roleSlots] = await Promise.all([
    windowProjects(db, organizationId, [...new Set([...bookings, ...placeholders].map((b) => b.projectId))]),
    windowRoleSlots(db, organizationId, slotIds),
  ]);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    rows,
    bookings,
    placeholders,
    projects,
    roleSlots,
    timeOff,
    holidays,
    nextCursor: found.length > query.limit ? encodeCursor([String(offset + query.limit)]) : null,
  };
}
