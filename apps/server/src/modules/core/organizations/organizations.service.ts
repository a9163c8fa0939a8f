import { and, eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { CreateOrganizationBody, UpdateOrganizationBody } from "@backlot/contracts/core/organizations";
import { withChanges } from "../../../platform/audit/changes";
import type { Db } from "../../../platform/db/pool";
import { memberships, organizations } from "../../../platform/db/schema";
import { notFound, versionConflict } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { presentMembership } from "../members/members.presenter";
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
    const [membership] = await tx
      .insert(memberships)
      .values({ organizationId: id, id: uuidv7(), userId: actor.userId, role: "admin", createdBy: actor.userId, updatedBy: actor.userId })
      .returning();
    if (!org || !membership) throw new Error("insert returned nothing");
    const presented = presentOrganization({ ...org, myRole: "admin" });
    record({ organizationId: id, recordType: "organization", recordId: id, action: "create", after: presented });
    record({
      organizationId: id,
      recordType: "membership",
      recordId: membership.id,
      action: "create",
      after: presentMembership({ ...membership, name: actor.name, email: actor.email }),
      event: "membership.created",
    });
    return presented;
  });
}

export async function updateOrganization(db: Db, actor: Actor, id: string, body: UpdateOrganizationBody) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await getOrganizationForUser(tx, id, actor.userId);
    if (!before) throw notFound("Organization");
    const { version, ...fields } = body;
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
