import { and, asc, count, eq, getTableColumns, ilike, or } from "drizzle-orm";
import { containsPattern, keysetAfter, lowerSortKey } from "../../../platform/db/keyset";
import type { Queryable } from "../../../platform/db/pool";
import { memberships, users } from "../../../platform/db/schema";
import type { MemberRow } from "./members.presenter";

const memberColumns = { ...getTableColumns(memberships), name: users.name, email: users.email };
const sortName = lowerSortKey(users.name);

export async function listMembers(
  db: Queryable,
  organizationId: string,
  opts: { limit: number; q?: string; after: [string, string] | null },
): Promise<(MemberRow & { sortKey: string })[]> {
  const { limit, q, after } = opts;
  const pattern = q ? containsPattern(q) : undefined;
  const search = pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined;
  const cursor = keysetAfter(sortName, memberships.id, after);
  return db
    .select({ ...memberColumns, sortKey: sortName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), search, cursor))
    .orderBy(asc(sortName), asc(memberships.id))
    .limit(limit + 1);
}

export async function getMember(db: Queryable, organizationId: string, id: string): Promise<MemberRow | null> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.id, id)));
  return row ?? null;
}

export async function countAdmins(db: Queryable, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "admin")));
  return row?.n ?? 0;
}
