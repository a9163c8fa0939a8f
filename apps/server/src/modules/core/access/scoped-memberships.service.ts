import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createScopedMembershipBody, ScopedMembership } from "@backlot/contracts/core/members";
import { withChanges } from "../../../platform/audit/changes";
import type { Db } from "../../../platform/db/pool";
import { scopedMemberships } from "../../../platform/db/schema";
import { fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { loadAccess } from "./access.repo";

type ScopedRow = typeof scopedMemberships.$inferSelect;

export function presentScoped(row: ScopedRow): ScopedMembership {
  return {
    id: row.id,
    organizationId: row.organizationId,
    userId: row.userId,
    scopeType: row.scopeType as ScopedMembership["scopeType"],
    scopeId: row.scopeId,
    role: row.role as ScopedMembership["role"],
    createdAt: row.createdAt.toISOString(),
  };
}

/** Grants (or changes) a member's role inside one scope; audited like every change. */
export async function grantScopedRole(db: Db, actor: Actor, organizationId: string, body: z.output<typeof createScopedMembershipBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    if (!(await loadAccess(tx, organizationId, body.userId))) throw fieldError("body.userId", "This user is not a member of the organization");
    const key = and(
      eq(scopedMemberships.organizationId, organizationId),
      eq(scopedMemberships.userId, body.userId),
      eq(scopedMemberships.scopeType, body.scopeType),
      eq(scopedMemberships.scopeId, body.scopeId),
    );
    const [before] = await tx.select().from(scopedMemberships).where(key).for("update");
    const [row] = before
      ? await tx.update(scopedMemberships).set({ role: body.role, updatedBy: actor.userId }).where(key).returning()
      : await tx
          .insert(scopedMemberships)
          .values({ ...body, organizationId, id: uuidv7(), createdBy: actor.userId, updatedBy: actor.userId })
          .returning();
    if (!row) throw new Error("write returned nothing");
    const after = presentScoped(row);
    record({
      organizationId,
      recordType: "scoped_membership",
      recordId: row.id,
      action: before ? "update" : "create",
      before: before ? presentScoped(before) : null,
      after,
    });
    return after;
  });
}

export async function removeScopedRole(db: Db, actor: Actor, organizationId: string, id: string) {
  await withChanges(db, actor.userId, async (tx, record) => {
    const [deleted] = await tx
      .delete(scopedMemberships)
      .where(and(eq(scopedMemberships.organizationId, organizationId), eq(scopedMemberships.id, id)))
      .returning();
    if (!deleted) throw notFound("Scoped membership");
    record({ organizationId, recordType: "scoped_membership", recordId: id, action: "delete", before: presentScoped(deleted), after: null });
  });
}
