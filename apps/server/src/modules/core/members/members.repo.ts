import { and, asc, count, eq, getTableColumns, gt, ilike, or, sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { memberships, users } from "../../../platform/db/schema";
import type { MemberRow } from "./members.presenter";

const memberColumns = { ...getTableColumns(memberships), name: users.name, email: users.email };
const sortName = sql<string>`lower(${users.name})`;

export async function listMembers(
  db: Queryable,
  organizationId: string,
  opts: { limit: number; q?: string; after: [string, string] | null },
): Promise<MemberRow[]> {
  const { limit, q, after } = opts;
  const search = q ? or(ilike(users.name, `%${q}%`), ilike(users.email, `%${q}%`)) : undefined;
  const cursor = after ? or(gt(sortName, after[0]), and(eq(sortName, after[0]), gt(memberships.id, after[1]))) : undefined;
  return db
    .select(memberColumns)
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
