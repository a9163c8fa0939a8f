import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import { keysetAfter, lowerSortKey } from "../../../platform/db/keyset";
import type { Queryable } from "../../../platform/db/pool";
import { memberships, organizations } from "../../../platform/db/schema";

export type OrganizationRow = typeof organizations.$inferSelect & { myRole: string };

const orgColumns = () => ({ ...getTableColumns(organizations), myRole: memberships.role });
const sortName = lowerSortKey(organizations.name);

/** Organizations the user belongs to, by name then id. */
export async function listOrganizationsForUser(
  db: Queryable,
  userId: string,
  limit: number,
  after: [string, string] | null,
): Promise<(OrganizationRow & { sortKey: string })[]> {
  const cursor = keysetAfter(sortName, organizations.id, after);
  return (await db
    .select({ ...orgColumns(), sortKey: sortName })
    .from(organizations)
    .innerJoin(memberships, and(eq(memberships.organizationId, organizations.id), eq(memberships.userId, userId)))
    .where(cursor)
    .orderBy(asc(sortName), asc(organizations.id))
    .limit(limit + 1)) as (OrganizationRow & { sortKey: string })[];
}

export async function getOrganizationForUser(db: Queryable, id: string, userId: string): Promise<OrganizationRow | null> {
  const [row] = await db
    .select(orgColumns())
    .from(organizations)
    .innerJoin(memberships, and(eq(memberships.organizationId, organizations.id), eq(memberships.userId, userId)))
    .where(eq(organizations.id, id));
  return (row as OrganizationRow | undefined) ?? null;
}

/** Locks the organization row: membership changes in one organization take turns. */
export async function lockOrganization(db: Queryable, id: string): Promise<void> {
  await db.execute(sql`SELECT 1 FROM organizations WHERE id = ${id} FOR UPDATE`);
}
