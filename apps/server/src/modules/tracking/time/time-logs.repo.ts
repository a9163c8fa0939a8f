import { and, desc, eq, getTableColumns, gte, lte, or, lt, type SQL } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import { entities, projects, tasks, timeLogs } from "../tracking.schema";

export type TimeLogRow = typeof timeLogs.$inferSelect & {
  personName: string;
  taskName: string;
  projectId: string;
  projectCode: string;
  entityCode: string | null;
};

function selectTimeLogs(db: Queryable) {
  return db
    .select({
      ...getTableColumns(timeLogs),
      personName: people.displayName,
      taskName: tasks.name,
      projectId: tasks.projectId,
      projectCode: projects.code,
      entityCode: entities.code,
    })
    .from(timeLogs)
    .innerJoin(people, and(eq(people.organizationId, timeLogs.organizationId), eq(people.id, timeLogs.personId)))
    .innerJoin(tasks, and(eq(tasks.organizationId, timeLogs.organizationId), eq(tasks.id, timeLogs.taskId)))
    .innerJoin(projects, and(eq(projects.organizationId, tasks.organizationId), eq(projects.id, tasks.projectId)))
    .leftJoin(entities, and(eq(entities.organizationId, tasks.organizationId), eq(entities.id, tasks.entityId)));
}

export async function getTimeLog(db: Queryable, organizationId: string, id: string): Promise<TimeLogRow | null> {
  const [row] = await selectTimeLogs(db).where(and(eq(timeLogs.organizationId, organizationId), eq(timeLogs.id, id)));
  return row ?? null;
}

export type TimeLogFilter = {
  personId?: string;
  taskId?: string;
  projectId?: string;
  from?: string;
  to?: string;
  /** Keyset: the (day, id) of the last row of the previous page. */
  after?: [string, string] | null;
  limit: number;
};

/** Latest day first; within a day, latest entry first. */
export async function listTimeLogs(db: Queryable, organizationId: string, f: TimeLogFilter): Promise<TimeLogRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(timeLogs.organizationId, organizationId),
    f.personId ? eq(timeLogs.personId, f.personId) : undefined,
    f.taskId ? eq(timeLogs.taskId, f.taskId) : undefined,
    f.projectId ? eq(tasks.projectId, f.projectId) : undefined,
    f.from ? gte(timeLogs.day, f.from) : undefined,
    f.to ? lte(timeLogs.day, f.to) : undefined,
    f.after ? or(lt(timeLogs.day, f.after[0]), and(eq(timeLogs.day, f.after[0]), lt(timeLogs.id, f.after[1]))) : undefined,
  ];
  return selectTimeLogs(db)
    .where(and(...conditions))
    .orderBy(desc(timeLogs.day), desc(timeLogs.id))
    .limit(f.limit);
}
