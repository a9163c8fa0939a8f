import type { z } from "zod";
import type { schedulerQuery } from "@backlot/contracts/booking/scheduler";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";
import { decodeCursor, encodeCursor } from "../../../platform/http/pagination";
import { resolveWindow } from "../shared/window";
import { schedulerWindowJson } from "./scheduler.repo";

const maxWindowDays = 400;

/**
 * Everything the scheduler draws for one window (BOOK-7): a page of rows, their holds and
 * confirmed bookings, time off, placeholders (first page of people), holidays and the projects
 * named, as the JSON text of schedulerWindowSchema.
 */
export async function getSchedulerWindow(db: Queryable, organizationId: string, query: z.output<typeof schedulerQuery>): Promise<string> {
  const window = await resolveWindow(db, organizationId, query.from, query.to);
  const from = window.from as Date;
  const to = window.to as Date;
  if (to.getTime() - from.getTime() > maxWindowDays * 86_400_000) throw fieldError("query.to", `At most ${maxWindowDays} days`);
  const offset = Number((decodeCursor(query.cursor, 1) ?? ["0"])[0]);
  if (!Number.isSafeInteger(offset) || offset < 0) throw fieldError("query.cursor", "Invalid cursor");
  return schedulerWindowJson(db, {
    ...query,
    skills: query.skills ?? [],
    organizationId,
    from,
    to,
    offset,
    nextCursor: encodeCursor([String(offset + query.limit)]),
  });
}
