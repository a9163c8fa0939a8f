import type { RoleSlot } from "@backlot/contracts/tracking/slots";
import { iso, presentMeta } from "../projects/projects.presenter";
import type { RoleSlotRow } from "./slots.repo";

export function presentRoleSlot(row: RoleSlotRow): RoleSlot {
  return {
    id: row.id,
    projectId: row.projectId,
    role: row.role,
    department: row.department,
    displayName: row.displayName,
    personId: row.personId,
    personName: row.personName,
    personUserId: row.personUserId,
    sortOrder: row.sortOrder,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}
