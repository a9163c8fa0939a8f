import { and, asc, eq, getTableColumns, ilike, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { personListQuery } from "@backlot/contracts/core/people";
import { keysetAfter, lowerSortKey } from "../../../platform/db/keyset";
import type { Queryable } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import type { PersonRow } from "./people.presenter";

type ListOptions = Omit<z.output<typeof personListQuery>, "cursor"> & { after: [string, string] | null };

const sortName = lowerSortKey(people.displayName);

function statusFilter(status: ListOptions["status"]): SQL | undefined {
  switch (status) {
    case "active":
      return and(isNull(people.archivedAt), eq(people.active, true));
    case "inactive":
      return and(isNull(people.archivedAt), eq(people.active, false));
    case "archived":
      return isNotNull(people.archivedAt);
    case "all":
      return undefined;
  }
}

/** A page of people by name; the (organization, lower(name), id) index serves it. */
export async function listPeople(db: Queryable, organizationId: string, opts: ListOptions): Promise<(PersonRow & { sortKey: string })[]> {
  const { limit, q, department, status, after } = opts;
  const escaped = q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const search = escaped ? or(ilike(people.displayName, `%${escaped}%`), ilike(people.email, `%${escaped}%`), ilike(people.title, `%${escaped}%`)) : undefined;
  const cursor = keysetAfter(sortName, people.id, after);
  return db
    .select({ ...getTableColumns(people), sortKey: sortName })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), statusFilter(status), department ? eq(people.department, department) : undefined, search, cursor))
    .orderBy(asc(sortName), asc(people.id))
    .limit(limit + 1);
}

export async function getPerson(db: Queryable, organizationId: string, id: string): Promise<PersonRow | null> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.id, id)));
  return row ?? null;
}

export async function listDepartments(db: Queryable, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ department: people.department })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), isNotNull(people.department)))
    .orderBy(asc(people.department));
  return rows.map((r) => r.department as string);
}
