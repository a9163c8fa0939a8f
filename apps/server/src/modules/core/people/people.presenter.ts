import type { Person } from "@backlot/contracts/core/people";
import type { people } from "../../../platform/db/schema";

export type PersonRow = typeof people.$inferSelect;

export function presentPerson(row: PersonRow): Person {
  return {
    id: row.id,
    organizationId: row.organizationId,
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    department: row.department,
    title: row.title,
    userId: row.userId,
    active: row.active,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
