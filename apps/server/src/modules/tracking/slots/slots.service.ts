import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createRoleSlotBody, updateRoleSlotBody } from "@backlot/contracts/tracking/slots";
import { withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Queryable } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import { fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { requireProject } from "../projects/projects.service";
import { roleSlots } from "../tracking.schema";
import { presentRoleSlot } from "./slots.presenter";
import { getRoleSlot, type RoleSlotRow } from "./slots.repo";

type Scope = { organizationId: string; projectId: string };

/** The person a slot is filled with must belong to the organization; returns what the slot shows of them. */
async function checkPerson(db: Queryable, organizationId: string, personId: string | null | undefined) {
  if (!personId) return { personName: null, personUserId: null };
  const [row] = await db
    .select({ personName: people.displayName, personUserId: people.userId })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, personId)));
  if (!row) throw fieldError("body.personId", "No person in this organization has this id");
  return row;
}

export function createRoleSlot(db: Db, actor: Actor, scope: Scope, body: z.output<typeof createRoleSlotBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await requireProject(tx, scope.organizationId, scope.projectId);
    await checkPerson(tx, scope.organizationId, body.personId);
    const id = uuidv7();
    await tx.insert(roleSlots).values({ ...scope, ...body, personId: body.personId ?? null, id, createdBy: actor.userId, updatedBy: actor.userId });
    const row = (await getRoleSlot(tx, scope.organizationId, scope.projectId, id)) as RoleSlotRow;
    const after = presentRoleSlot(row);
    record({ organizationId: scope.organizationId, recordType: "role_slot", recordId: id, action: "create", after, event: "role_slot.created" });
    return after;
  });
}

/** Edits a slot; assigning a person later is an edit of `personId` (SPEC decision 4). */
export function updateRoleSlot(db: Db, actor: Actor, scope: Scope, id: string, body: z.output<typeof updateRoleSlotBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await getRoleSlot(tx, scope.organizationId, scope.projectId, id);
    if (!before) throw notFound("Role slot");
    const { version, archived, ...fields } = body;
    const person = fields.personId === undefined ? before : await checkPerson(tx, scope.organizationId, fields.personId);
    const changes: Partial<typeof roleSlots.$inferInsert> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (archived !== undefined) changes.archivedAt = archived ? new Date() : null;
    return saveVersioned(tx, record, {
      table: roleSlots,
      before,
      fields: changes,
      version,
      actorId: actor.userId,
      present: (row) =>
        presentRoleSlot({
          ...row,
          personName: row.personId === before.personId ? before.personName : person.personName,
          personUserId: row.personId === before.personId ? before.personUserId : person.personUserId,
        }),
      recordType: "role_slot",
      event: "role_slot.updated",
    });
  });
}
