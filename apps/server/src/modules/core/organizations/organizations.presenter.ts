import type { Organization } from "@backlot/contracts/core/organizations";
import type { OrganizationRow } from "./organizations.repo";

export function presentOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    currency: row.currency,
    weekStart: row.weekStart as Organization["weekStart"],
    auditRetentionDays: row.auditRetentionDays,
    myRole: row.myRole as Organization["myRole"],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}
