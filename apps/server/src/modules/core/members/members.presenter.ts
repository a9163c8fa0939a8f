import type { Member } from "@backlot/contracts/core/members";
import type { memberships } from "../../../platform/db/schema";

export type MemberRow = typeof memberships.$inferSelect & { name: string; email: string };

export function presentMembership(row: MemberRow): Member {
  return {
    id: row.id,
    organizationId: row.organizationId,
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: row.role as Member["role"],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
