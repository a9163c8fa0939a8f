import { and, eq, isNull, ne, sql, sum } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createTimeLogBody, updateTimeLogBody } from "@backlot/contracts/tracking/time-logs";
import { withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Queryable, Tx } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import { fieldError, forbidden, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import type { Access } from "../../core/access/access.repo";
import { authorize } from "../../core/access/authorize";
import { tasks, timeLogs } from "../tracking.schema";
import { presentTimeLog } from "./time-logs.presenter";
import { getTimeLog, type TimeLogRow } from "./time-logs.repo";

const dayLimit = 24 * 60;

/** The person record linked to the caller's login, if there is one. */
export async function callerPersonId(db: Queryable, organizationId: string, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.userId, userId), isNull(people.archivedAt)))
    .limit(1);
  return row?.id ?? null;
}

/** Your own time needs task.progress; anyone else's needs task.edit (coordinators, producers). */
export async function resolvePerson(db: Queryable, access: Access, requested: string | undefined, path: string): Promise<string> {
  const own = await callerPersonId(db, access.organizationId, access.userId);
  const personId = requested ?? own;
  if (!personId) throw fieldError(path, "Your login is not linked to a person in this organization; name the person");
  if (personId !== own) {
    const decision = authorize(access, "task.edit");
    if (!decision.allowed) throw forbidden(`Only your own time is yours to log and see. ${decision.reason}`);
  }
  return personId;
}

/** No one works more than 24 hours a day; checked under a per-person-day lock so parallel logs cannot overshoot. */
async function checkDayTotal(tx: Tx, organizationId: string, personId: string, day: string, minutes: number, excludeId?: string) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7420201, hashtext(${`${personId}:${day}`}))`);
  const [row] = await tx
    .select({ total: sum(timeLogs.minutes) })
    .from(timeLogs)
    .where(
      and(
        eq(timeLogs.organizationId, organizationId),
        eq(timeLogs.personId, personId),
        eq(timeLogs.day, day),
        excludeId ? ne(timeLogs.id, excludeId) : undefined,
      ),
    );
  const logged = Number(row?.total ?? 0);
  if (logged + minutes > dayLimit) throw fieldError("body.minutes", `That makes more than 24 hours on ${day}: ${logged} minutes are already logged`);
}

async function checkRefs(tx: Tx, organizationId: string, personId: string, taskId: string) {
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  if (!person) throw fieldError("body.personId", "No person in this organization has this id");
  const [task] = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, taskId)));
  if (!task) throw fieldError("body.taskId", "No task in this organization has this id");
}

export function createTimeLog(db: Db, actor: Actor, access: Access, body: z.output<typeof createTimeLogBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const organizationId = access.organizationId;
    const personId = await resolvePerson(tx, access, body.personId, "body.personId");
    await checkRefs(tx, organizationId, personId, body.taskId);
    await checkDayTotal(tx, organizationId, personId, body.day, body.minutes);
    const id = uuidv7();
    const { taskId, day, minutes, note } = body;
    await tx.insert(timeLogs).values({ organizationId, id, personId, taskId, day, minutes, note, createdBy: actor.userId, updatedBy: actor.userId });
    const after = presentTimeLog((await getTimeLog(tx, organizationId, id)) as TimeLogRow);
    record({ organizationId, recordType: "time_log", recordId: id, action: "create", after, event: "time_log.changed" });
    return after;
  });
}

async function requireEditableLog(tx: Tx, access: Access, id: string): Promise<TimeLogRow> {
  const row = await getTimeLog(tx, access.organizationId, id);
  if (!row) throw notFound("Time log");
  await resolvePerson(tx, access, row.personId, "body.personId");
  return row;
}

export function updateTimeLog(db: Db, actor: Actor, access: Access, id: string, body: z.output<typeof updateTimeLogBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireEditableLog(tx, access, id);
    const day = body.day ?? before.day;
    const minutes = body.minutes ?? before.minutes;
    if (day !== before.day || minutes > before.minutes) await checkDayTotal(tx, access.organizationId, before.personId, day, minutes, id);
    return saveVersioned(tx, record, {
      table: timeLogs,
      before,
      fields: { day: body.day, minutes: body.minutes, note: body.note },
      version: body.version,
      actorId: actor.userId,
      present: (row) => presentTimeLog({ ...before, ...row }),
      recordType: "time_log",
      event: "time_log.changed",
    });
  });
}

/** Removes a time entry; its values stay in the audit history. */
export function deleteTimeLog(db: Db, actor: Actor, access: Access, id: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireEditableLog(tx, access, id);
    await tx.delete(timeLogs).where(and(eq(timeLogs.organizationId, access.organizationId), eq(timeLogs.id, id)));
    record({
      organizationId: access.organizationId,
      recordType: "time_log",
      recordId: id,
      action: "delete",
      before: presentTimeLog(before),
      event: "time_log.changed",
    });
  });
}
