import { and, eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { CreateOrganizationBody, UpdateOrganizationBody } from "@backlot/contracts/core/organizations";
import { changesNothing, withChanges } from "../../../platform/audit/changes";
import type { Db } from "../../../platform/db/pool";
import { organizations } from "../../../platform/db/schema";
import { notFound, versionConflict } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { insertMembership } from "../members/members.service";
import { presentOrganization } from "./organizations.presenter";
import { getOrganizationForUser } from "./organizations.repo";

/** Creates an organization; its creator becomes its first admin. */
export async function createOrganization(db: Db, actor: Actor, body: CreateOrganizationBody & { isDemo?: boolean }) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const id = uuidv7();
    const [org] = await tx
      .insert(organizations)
      .values({
        id,
        name: body.name,
        timeZone: body.timeZone,
        currency: body.currency,
        weekStart: body.weekStart,
        isDemo: body.isDemo ?? false,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!org) throw new Error("insert returned nothing");
    const presented = presentOrganization({ ...org, myRole: "admin" });
    record({ organizationId: id, recordType: "organization", recordId: id, action: "create", after: presented });
    await insertMembership(tx, record, actor.userId, id, { id: actor.userId, name: actor.name, email: actor.email }, "admin");
    return presented;
  });
}

export async function updateOrganization(db: Db, actor: Actor, id: string, body: UpdateOrganizationBody) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await getOrganizationForUser(tx, id, actor.userId);
    if (!before) throw notFound("Organization");
    const { version, ...fields } = body;
    if (changesNothing(before, fields)) return presentOrganization(before);
    const [updated] = await tx
      .update(organizations)
      .set({ ...fields, version: sql`${organizations.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(organizations.id, id), eq(organizations.version, version)))
      .returning();
    if (!updated) throw versionConflict(presentOrganization(before));
    const after = presentOrganization({ ...updated, myRole: before.myRole });
    record({
      organizationId: id,
      recordType: "organization",
      recordId: id,
      action: "update",
      before: presentOrganization(before),
      after,
      event: "organization.updated",
    });
    return after;
  });
}
