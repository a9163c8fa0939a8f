import { and, asc, eq, getTableColumns, isNull } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import { roleSlots } from "../tracking.schema";

export type RoleSlotRow = typeof roleSlots.$inferSelect & { personName: string | null; personUserId: string | null };

function selectSlots(db: Queryable) {
  return db
    .select({ ...getTableColumns(roleSlots), personName: people.displayName, personUserId: people.userId })
    .from(roleSlots)
    .leftJoin(people, and(eq(people.organizationId, roleSlots.organizationId), eq(people.id, roleSlots.personId)));
}

export async function listRoleSlots(db: Queryable, organizationId: string, projectId: string, includeArchived: boolean): Promise<RoleSlotRow[]> {
  return selectSlots(db)
    .where(and(eq(roleSlots.organizationId, organizationId), eq(roleSlots.projectId, projectId), includeArchived ? undefined : isNull(roleSlots.archivedAt)))
    .orderBy(asc(roleSlots.sortOrder), asc(roleSlots.displayName), asc(roleSlots.id));
}

export async function getRoleSlot(db: Queryable, organizationId: string, projectId: string, id: string): Promise<RoleSlotRow | null> {
  const [row] = await selectSlots(db).where(and(eq(roleSlots.organizationId, organizationId), eq(roleSlots.projectId, projectId), eq(roleSlots.id, id)));
  return row ?? null;
}
