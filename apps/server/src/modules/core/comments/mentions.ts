import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { memberships, people } from "../../../platform/db/schema";
import type { MentionRef } from "./markdown";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The members a set of mentions names (CORE-5): a user directly, a person through their
 * login, a department through its active people who have one. Unknown or foreign ids are
 * ignored: a mention that names nobody is still text.
 */
export async function resolveMentions(db: Queryable, organizationId: string, refs: readonly MentionRef[]): Promise<string[]> {
  const of = (kind: MentionRef["kind"]) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.ref))];
  const userIds = new Set(of("user").filter((id) => uuidPattern.test(id)));
  const personIds = of("person").filter((id) => uuidPattern.test(id));
  const departments = of("department").map((d) => d.toLowerCase());
  const inOrg = and(eq(people.organizationId, organizationId), isNotNull(people.userId), isNull(people.archivedAt));
  if (personIds.length > 0) {
    const rows = await db
      .select({ userId: people.userId })
      .from(people)
      .where(and(inOrg, inArray(people.id, personIds)));
    for (const r of rows) if (r.userId) userIds.add(r.userId);
  }
  if (departments.length > 0) {
    const rows = await db
      .select({ userId: people.userId })
      .from(people)
      .where(and(inOrg, eq(people.active, true), inArray(sql`lower(${people.department})`, departments)));
    for (const r of rows) if (r.userId) userIds.add(r.userId);
  }
  if (userIds.size === 0) return [];
  const members = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.userId, [...userIds])));
  return members.map((m) => m.userId).sort();
}
