import { and, desc, eq, inArray, lt } from "drizzle-orm";
import type { ReviewStatus } from "@backlot/contracts/tracking/versions";
import type { Queryable } from "../../../platform/db/pool";
import { users } from "../../../platform/db/schema";
import { entities, files, tasks, taskTypes, versions } from "../tracking.schema";

/** A version with what lists show beside it: its file, task, pipeline step, shot and submitter. */
export type VersionRow = {
  version: typeof versions.$inferSelect;
  file: typeof files.$inferSelect | null;
  taskName: string;
  taskTypeName: string;
  entityId: string | null;
  entityCode: string | null;
  submittedByName: string | null;
};

function selectVersions(db: Queryable) {
  return db
    .select({
      version: versions,
      file: files,
      taskName: tasks.name,
      taskTypeName: taskTypes.name,
      entityId: tasks.entityId,
      entityCode: entities.code,
      submittedByName: users.name,
    })
    .from(versions)
    .innerJoin(tasks, and(eq(tasks.organizationId, versions.organizationId), eq(tasks.id, versions.taskId)))
    .innerJoin(taskTypes, and(eq(taskTypes.organizationId, tasks.organizationId), eq(taskTypes.id, tasks.taskTypeId)))
    .leftJoin(entities, and(eq(entities.organizationId, tasks.organizationId), eq(entities.id, tasks.entityId)))
    .leftJoin(files, and(eq(files.organizationId, versions.organizationId), eq(files.id, versions.fileId)))
    .leftJoin(users, eq(users.id, versions.submittedBy));
}

export async function getVersion(db: Queryable, organizationId: string, id: string): Promise<VersionRow | null> {
  const [row] = await selectVersions(db).where(and(eq(versions.organizationId, organizationId), eq(versions.id, id)));
  return row ?? null;
}

export async function getVersions(db: Queryable, organizationId: string, ids: readonly string[]): Promise<VersionRow[]> {
  if (ids.length === 0) return [];
  return selectVersions(db).where(and(eq(versions.organizationId, organizationId), inArray(versions.id, [...ids])));
}

/** Newest first (UUIDv7 ids are in creation order). */
export async function listVersions(
  db: Queryable,
  organizationId: string,
  filter: { projectId?: string; taskId?: string; reviewStatus?: ReviewStatus; before?: string | null; limit: number },
): Promise<VersionRow[]> {
  return selectVersions(db)
    .where(
      and(
        eq(versions.organizationId, organizationId),
        filter.projectId ? eq(versions.projectId, filter.projectId) : undefined,
        filter.taskId ? eq(versions.taskId, filter.taskId) : undefined,
        filter.reviewStatus ? eq(versions.reviewStatus, filter.reviewStatus) : undefined,
        filter.before ? lt(versions.id, filter.before) : undefined,
      ),
    )
    .orderBy(desc(versions.id))
    .limit(filter.limit);
}
