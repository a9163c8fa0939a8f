import { and, asc, eq, getTableColumns, ilike, isNotNull, isNull, ne, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { projectListQuery } from "@backlot/contracts/tracking/projects";
import { containsPattern, keysetAfter, lowerSortKey } from "../../../platform/db/keyset";
import type { Queryable } from "../../../platform/db/pool";
import { projects } from "../tracking.schema";
import type { ProjectRow } from "./projects.presenter";

type ListOptions = Omit<z.output<typeof projectListQuery>, "cursor"> & { after: [string, string] | null };

const sortName = lowerSortKey(projects.name);

function statusFilter(status: ListOptions["status"]): SQL | undefined {
  if (status === "all") return undefined;
  if (status === "archived") return isNotNull(projects.archivedAt);
  if (status === "open") return and(isNull(projects.archivedAt), ne(projects.status, "wrapped"));
  return and(isNull(projects.archivedAt), eq(projects.status, status));
}

export async function listProjects(db: Queryable, organizationId: string, opts: ListOptions): Promise<(ProjectRow & { sortKey: string })[]> {
  const pattern = opts.q ? containsPattern(opts.q) : null;
  return db
    .select({ ...getTableColumns(projects), sortKey: sortName })
    .from(projects)
    .where(
      and(
        eq(projects.organizationId, organizationId),
        statusFilter(opts.status),
        pattern ? or(ilike(projects.name, pattern), ilike(projects.code, pattern), ilike(projects.clientName, pattern)) : undefined,
        keysetAfter(sortName, projects.id, opts.after),
      ),
    )
    .orderBy(asc(sortName), asc(projects.id))
    .limit(opts.limit + 1);
}

export async function getProject(db: Queryable, organizationId: string, id: string): Promise<ProjectRow | null> {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), eq(projects.id, id)));
  return row ?? null;
}
