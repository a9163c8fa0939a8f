import { and, asc, eq } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { entityTypes, taskStatuses, taskTypes } from "../tracking.schema";
import type { EntityTypeRow, TaskStatusRow, TaskTypeRow } from "./config.presenter";

export type ProjectConfigRows = { entityTypes: EntityTypeRow[]; taskTypes: TaskTypeRow[]; statuses: TaskStatusRow[] };

/** A project's entity types, task types and statuses, in display order (archived ones included). */
export async function loadProjectConfig(db: Queryable, organizationId: string, projectId: string): Promise<ProjectConfigRows> {
  const [types, steps, statuses] = await Promise.all([
    db
      .select()
      .from(entityTypes)
      .where(and(eq(entityTypes.organizationId, organizationId), eq(entityTypes.projectId, projectId)))
      .orderBy(asc(entityTypes.sortOrder), asc(entityTypes.key)),
    db
      .select()
      .from(taskTypes)
      .where(and(eq(taskTypes.organizationId, organizationId), eq(taskTypes.projectId, projectId)))
      .orderBy(asc(taskTypes.entityTypeKey), asc(taskTypes.sortOrder), asc(taskTypes.name)),
    db
      .select()
      .from(taskStatuses)
      .where(and(eq(taskStatuses.organizationId, organizationId), eq(taskStatuses.projectId, projectId)))
      .orderBy(asc(taskStatuses.sortOrder), asc(taskStatuses.name)),
  ]);
  return { entityTypes: types, taskTypes: steps, statuses };
}

export async function getTaskType(db: Queryable, organizationId: string, projectId: string, id: string): Promise<TaskTypeRow | null> {
  const [row] = await db
    .select()
    .from(taskTypes)
    .where(and(eq(taskTypes.organizationId, organizationId), eq(taskTypes.projectId, projectId), eq(taskTypes.id, id)));
  return row ?? null;
}

export async function getTaskStatus(db: Queryable, organizationId: string, projectId: string, id: string): Promise<TaskStatusRow | null> {
  const [row] = await db
    .select()
    .from(taskStatuses)
    .where(and(eq(taskStatuses.organizationId, organizationId), eq(taskStatuses.projectId, projectId), eq(taskStatuses.id, id)));
  return row ?? null;
}

export async function getEntityType(db: Queryable, organizationId: string, projectId: string, id: string): Promise<EntityTypeRow | null> {
  const [row] = await db
    .select()
    .from(entityTypes)
    .where(and(eq(entityTypes.organizationId, organizationId), eq(entityTypes.projectId, projectId), eq(entityTypes.id, id)));
  return row ?? null;
}
