import { and, eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createPersonBody, updatePersonBody } from "@backlot/contracts/core/people";
import { type AuditAction, changesNothing, withChanges } from "../../../platform/audit/changes";
import type { Db, Queryable } from "../../../platform/db/pool";
import { memberships, people } from "../../../platform/db/schema";
import { AppError, fieldError, notFound, versionConflict } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { type PersonRow, presentPerson } from "./people.presenter";
import { getPerson } from "./people.repo";

/** A person may be linked only to a user who belongs to the same organization. */
async function checkUserLink(db: Queryable, organizationId: string, userId: string | null | undefined) {
  if (!userId) return;
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  if (!member) throw fieldError("body.userId", "No member of this organization has this user id");
}

export async function createPerson(db: Db, actor: Actor, organizationId: string, body: z.output<typeof createPersonBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await checkUserLink(tx, organizationId, body.userId);
    const [row] = await tx
      .insert(people)
      .values({
        ...body,
        userId: body.userId ?? null,
        active: body.active ?? true,
        organizationId,
        id: uuidv7(),
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const after = presentPerson(row);
    record({ organizationId, recordType: "person", recordId: row.id, action: "create", after, event: "person.created" });
    return after;
  });
}

/** Applies a versioned change; a stale version gets 409 with the record as it is now. */
async function changePerson(
  db: Db,
  actor: Actor,
  organizationId: string,
  id: string,
  version: number,
  action: AuditAction,
  change: (before: PersonRow) => Partial<typeof people.$inferInsert>,
) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await getPerson(tx, organizationId, id);
    if (!before) throw notFound("Person");
    const fields = change(before);
    // Saving without edits neither bumps the version nor writes history.
    if (changesNothing(before, fields)) return presentPerson(before);
    const [row] = await tx
      .update(people)
      .set({ ...fields, version: sql`${people.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(people.organizationId, organizationId), eq(people.id, id), eq(people.version, version)))
      .returning();
    if (!row) throw versionConflict(presentPerson(before));
    const after = presentPerson(row);
    record({ organizationId, recordType: "person", recordId: id, action, before: presentPerson(before), after, event: "person.updated" });
    return after;
  });
}

export async function updatePerson(db: Db, actor: Actor, organizationId: string, id: string, body: z.output<typeof updatePersonBody>) {
  const { version, ...fields } = body;
  await checkUserLink(db, organizationId, fields.userId);
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return changePerson(db, actor, organizationId, id, version, "update", () => defined);
}

export async function archivePerson(db: Db, actor: Actor, organizationId: string, id: string, version: number) {
  return changePerson(db, actor, organizationId, id, version, "archive", (before) => {
    if (before.archivedAt) throw new AppError("conflict", 409, "This person is already archived");
    return { archivedAt: new Date() };
  });
}

export async function restorePerson(db: Db, actor: Actor, organizationId: string, id: string, version: number) {
  return changePerson(db, actor, organizationId, id, version, "restore", (before) => {
    if (!before.archivedAt) throw new AppError("conflict", 409, "This person is not archived");
    return { archivedAt: null };
  });
}
