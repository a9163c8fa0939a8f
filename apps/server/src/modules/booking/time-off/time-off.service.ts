import { and, asc, eq, gt, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createHolidayBody, createTimeOffBody, Holiday, TimeOff } from "@backlot/contracts/booking/profiles";
import { withChanges } from "../../../platform/audit/changes";
import type { Db, Queryable } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import { AppError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { publicHolidays, timeOff } from "../booking.schema";
import { lockBookable } from "../shared/bookable";
import { presentMeta } from "../shared/present";

type TimeOffRow = typeof timeOff.$inferSelect;

export function presentTimeOff(row: TimeOffRow): TimeOff {
  return {
    id: row.id,
    personId: row.personId,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    allDay: row.allDay,
    startDate: row.startDate,
    endDate: row.endDate,
    kind: row.kind as TimeOff["kind"],
    note: row.note,
    ...presentMeta(row),
  };
}

export const presentHoliday = (row: typeof publicHolidays.$inferSelect): Holiday => ({
  id: row.id,
  date: row.date,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
});

export async function requirePerson(db: Queryable, organizationId: string, personId: string) {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  if (!row) throw notFound("Person");
}

export async function listTimeOff(db: Queryable, organizationId: string, personId: string, from: Date | null, to: Date | null) {
  const rows = await db
    .select()
    .from(timeOff)
    .where(
      and(
        eq(timeOff.organizationId, organizationId),
        eq(timeOff.personId, personId),
        from ? gt(timeOff.endsAt, from) : undefined,
        to ? sql`${timeOff.startsAt} < ${to}` : undefined,
      ),
    )
    .orderBy(asc(timeOff.startsAt))
    .limit(1000);
  return rows.map(presentTimeOff);
}

/**
 * Time off (BOOK-1): whole days in the person's time zone, or hours. It takes the person's
 * booking lock, so it and a confirmation of that person never interleave; confirmations that
 * overlap it are refused from then on (BOOK-4). Existing confirmed bookings are left as they are.
 */
export async function createTimeOff(db: Db, actor: Actor, organizationId: string, personId: string, body: z.output<typeof createTimeOffBody>) {
  await requirePerson(db, organizationId, personId);
  return withChanges(db, actor.userId, async (tx, record) => {
    const { interval } = await lockBookable(tx, organizationId, { personId }, body);
    if (!interval) throw new AppError("validation_failed", 400, "Give start and end, or startDate and endDate");
    const [row] = await tx
      .insert(timeOff)
      .values({
        organizationId,
        id: uuidv7(),
        personId,
        ...interval,
        kind: body.kind,
        note: body.note ?? null,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    const after = presentTimeOff(row as TimeOffRow);
    record({ organizationId, recordType: "time_off", recordId: after.id, action: "create", after, event: "time_off.changed" });
    return after;
  });
}

export async function deleteTimeOff(db: Db, actor: Actor, organizationId: string, personId: string, id: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const [row] = await tx
      .delete(timeOff)
      .where(and(eq(timeOff.organizationId, organizationId), eq(timeOff.personId, personId), eq(timeOff.id, id)))
      .returning();
    if (!row) throw notFound("Time off");
    record({ organizationId, recordType: "time_off", recordId: id, action: "delete", before: presentTimeOff(row), event: "time_off.changed" });
  });
}

export async function createHoliday(db: Db, actor: Actor, organizationId: string, body: z.output<typeof createHolidayBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const [row] = await tx
      .insert(publicHolidays)
      .values({ organizationId, id: uuidv7(), ...body, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError("conflict", 409, `There is already a public holiday on ${body.date}`);
    const after = presentHoliday(row);
    record({ organizationId, recordType: "public_holiday", recordId: row.id, action: "create", after, event: "public_holiday.changed" });
    return after;
  });
}

export async function deleteHoliday(db: Db, actor: Actor, organizationId: string, id: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const [row] = await tx
      .delete(publicHolidays)
      .where(and(eq(publicHolidays.organizationId, organizationId), eq(publicHolidays.id, id)))
      .returning();
    if (!row) throw notFound("Public holiday");
    record({ organizationId, recordType: "public_holiday", recordId: id, action: "delete", before: presentHoliday(row), event: "public_holiday.changed" });
  });
}
