import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createStaffingBody, StaffingRequirement, updateStaffingBody } from "@backlot/contracts/booking/planning";
import { withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Queryable } from "../../../platform/db/pool";
import { fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { requireProject } from "../../tracking/projects/projects.service";
import { searchAvailability } from "../availability/availability.service";
import { bookings, staffingRequirements } from "../booking.schema";
import { checkProjectRefs } from "../shared/project-refs";
import { presentMeta } from "../shared/present";

type Row = typeof staffingRequirements.$inferSelect;
type Scope = { organizationId: string; projectId: string };

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function present(row: Row, filled: number): Omit<StaffingRequirement, "candidates"> {
  const { organizationId: _o, version: _v, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...fields } = row;
  return { ...fields, filled, ...presentMeta(row) };
}

/** Who is booked against each requirement (holds and confirmed, placeholders count too). */
async function bookedAgainst(db: Queryable, organizationId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { filled: number; personIds: string[] }>();
  const rows = await db
    .select({
      requirementId: bookings.requirementId,
      filled: sql<number>`count(DISTINCT COALESCE(${bookings.bookableId}, ${bookings.id}))::int`,
      personIds: sql<string[]>`COALESCE(array_agg(DISTINCT ${bookings.personId}) FILTER (WHERE ${bookings.personId} IS NOT NULL), '{}')`,
    })
    .from(bookings)
    .where(
      and(
        eq(bookings.organizationId, organizationId),
        inArray(bookings.requirementId, ids),
        isNotNull(bookings.requirementId),
        inArray(bookings.status, ["hold", "confirmed"]),
      ),
    )
    .groupBy(bookings.requirementId);
  return new Map(rows.map((r) => [r.requirementId as string, { filled: r.filled, personIds: r.personIds }]));
}

/** A project's staffing needs with how far each is filled and the best free candidates for the rest (BOOK-6). */
export async function listStaffing(db: Queryable, scope: Scope, candidateCount: number): Promise<StaffingRequirement[]> {
  await requireProject(db, scope.organizationId, scope.projectId);
  const rows = await db
    .select()
    .from(staffingRequirements)
    .where(and(eq(staffingRequirements.organizationId, scope.organizationId), eq(staffingRequirements.projectId, scope.projectId)))
    .orderBy(asc(staffingRequirements.startDate), asc(staffingRequirements.id));
  const booked = await bookedAgainst(
    db,
    scope.organizationId,
    rows.map((r) => r.id),
  );
  const result: StaffingRequirement[] = [];
  for (const row of rows) {
    const { filled = 0, personIds = [] } = booked.get(row.id) ?? {};
    const open = candidateCount > 0 && filled < row.count;
    const candidates = open
      ? await searchAvailability(db, scope.organizationId, {
          skills: row.skills,
          from: row.startDate,
          to: nextDay(row.endDate),
          department: row.department ?? undefined,
          excludePersonIds: personIds,
          includeBusy: false,
          limit: candidateCount,
        })
      : [];
    result.push({ ...present(row, filled), candidates });
  }
  return result;
}

async function requireRequirement(db: Queryable, scope: Scope, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(staffingRequirements)
    .where(
      and(eq(staffingRequirements.organizationId, scope.organizationId), eq(staffingRequirements.projectId, scope.projectId), eq(staffingRequirements.id, id)),
    );
  if (!row) throw notFound("Staffing requirement");
  return row;
}

export function createStaffing(db: Db, actor: Actor, scope: Scope, body: z.output<typeof createStaffingBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await checkProjectRefs(tx, scope.organizationId, { projectId: scope.projectId, roleSlotId: body.roleSlotId });
    const [row] = await tx
      .insert(staffingRequirements)
      .values({ ...scope, ...body, roleSlotId: body.roleSlotId ?? null, id: uuidv7(), createdBy: actor.userId, updatedBy: actor.userId })
      .returning();
    const after = present(row as Row, 0);
    record({
      organizationId: scope.organizationId,
      recordType: "staffing_requirement",
      recordId: after.id,
      action: "create",
      after,
      event: "staffing_requirement.changed",
    });
    return { ...after, candidates: [] };
  });
}

export function updateStaffing(db: Db, actor: Actor, scope: Scope, id: string, body: z.output<typeof updateStaffingBody>) {
  const { version, ...fields } = body;
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireRequirement(tx, scope, id);
    if (fields.roleSlotId) await checkProjectRefs(tx, scope.organizationId, { projectId: scope.projectId, roleSlotId: fields.roleSlotId });
    const start = fields.startDate ?? before.startDate;
    const end = fields.endDate ?? before.endDate;
    if (start > end) throw fieldError("body.endDate", "The end date is before the start date");
    const filled = (await bookedAgainst(tx, scope.organizationId, [id])).get(id)?.filled ?? 0;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const saved = await saveVersioned(tx, record, {
      table: staffingRequirements,
      before,
      fields: changes,
      version,
      actorId: actor.userId,
      present: (row) => present(row, filled),
      recordType: "staffing_requirement",
      event: "staffing_requirement.changed",
    });
    return { ...saved, candidates: [] };
  });
}

export function deleteStaffing(db: Db, actor: Actor, scope: Scope, id: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireRequirement(tx, scope, id);
    // Bookings made against it stay; they just stop pointing at it.
    await tx
      .update(bookings)
      .set({ requirementId: null })
      .where(and(eq(bookings.organizationId, scope.organizationId), eq(bookings.requirementId, id)));
    await tx.delete(staffingRequirements).where(and(eq(staffingRequirements.organizationId, scope.organizationId), eq(staffingRequirements.id, id)));
    record({
      organizationId: scope.organizationId,
      recordType: "staffing_requirement",
      recordId: id,
      action: "delete",
      before: present(before, 0),
      event: "staffing_requirement.changed",
    });
  });
}
