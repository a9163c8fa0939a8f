import { and, asc, eq, getTableColumns, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { z } from "zod";
import type { taskListQuery } from "@backlot/contracts/tracking/tasks";
import type { Queryable } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import { entities, projects, roleSlots, taskAssignees, taskStatuses, taskTypes, tasks } from "../tracking.schema";
import type { TaskRow } from "./tasks.presenter";

/**
 * The slot ids assigned to the current `tasks` row, oldest assignment first. The tables are
 * named in the text on purpose: in a single-table select Drizzle writes a select-list sql``'s
 * columns without their table, which made `"organization_id" = "organization_id"` (always true)
 * and read all of task_assignees once per task (13–18 s for a grid page; bench/RESULTS.md).
 */
export const assigneeIds = sql<string[]>`coalesce((
  SELECT array_agg(ta.slot_id ORDER BY ta.created_at, ta.slot_id)
  FROM ${taskAssignees} ta
  WHERE ta.organization_id = ${sql.identifier("tasks")}.organization_id AND ta.task_id = ${sql.identifier("tasks")}.id
), '{}')`;

export type TaskWithAssignees = TaskRow & { assigneeSlotIds: string[] };

export async function getTask(db: Queryable, organizationId: string, id: string, projectId?: string): Promise<TaskWithAssignees | null> {
  const [row] = await db
    .select({ ...getTableColumns(tasks), assigneeSlotIds: assigneeIds })
    .from(tasks)
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, id), projectId ? eq(tasks.projectId, projectId) : undefined));
  return row ?? null;
}

export async function getTasks(db: Queryable, organizationId: string, ids: string[]): Promise<TaskWithAssignees[]> {
  if (ids.length === 0) return [];
  return db
    .select({ ...getTableColumns(tasks), assigneeSlotIds: assigneeIds })
    .from(tasks)
    .where(and(eq(tasks.organizationId, organizationId), inArray(tasks.id, ids)));
}

type ListOptions = Omit<z.output<typeof taskListQuery>, "cursor"> & { projectId?: string; userId: string; after: string | null };

/** Tasks as board, "my tasks" and Gantt show them, in id (creation) order for keyset paging. */
export async function listTasks(db: Queryable, organizationId: string, opts: ListOptions) {
  const mine = opts.mine
    ? sql`EXISTS (SELECT 1 FROM ${taskAssignees}
        JOIN ${roleSlots} ON ${roleSlots.organizationId} = ${taskAssignees.organizationId} AND ${roleSlots.id} = ${taskAssignees.slotId}
        JOIN ${people} ON ${people.organizationId} = ${roleSlots.organizationId} AND ${people.id} = ${roleSlots.personId}
        WHERE ${taskAssignees.organizationId} = ${tasks.organizationId} AND ${taskAssignees.taskId} = ${tasks.id} AND ${people.userId} = ${opts.userId})`
    : undefined;
  const assigned = opts.assigneeSlotId
    ? sql`EXISTS (SELECT 1 FROM ${taskAssignees} WHERE ${taskAssignees.organizationId} = ${tasks.organizationId}
        AND ${taskAssignees.taskId} = ${tasks.id} AND ${taskAssignees.slotId} = ${opts.assigneeSlotId})`
    : undefined;
  return db
    .select({
      ...getTableColumns(tasks),
      assigneeSlotIds: assigneeIds,
      entityCode: entities.code,
      entityTypeKey: entities.typeKey,
      entityThumbnailFileId: entities.thumbnailFileId,
      taskTypeName: taskTypes.name,
      projectName: projects.name,
      projectCode: projects.code,
    })
    .from(tasks)
    .innerJoin(projects, and(eq(projects.organizationId, tasks.organizationId), eq(projects.id, tasks.projectId)))
    .innerJoin(taskTypes, and(eq(taskTypes.organizationId, tasks.organizationId), eq(taskTypes.id, tasks.taskTypeId)))
    .innerJoin(taskStatuses, and(eq(taskStatuses.organizationId, tasks.organizationId), eq(taskStatuses.id, tasks.statusId)))
    .leftJoin(entities, and(eq(entities.organizationId, tasks.organizationId), eq(entities.id, tasks.entityId)))
    .where(
      and(
        eq(tasks.organizationId, organizationId),
        isNull(tasks.archivedAt),
        isNull(projects.archivedAt),
        opts.projectId ? eq(tasks.projectId, opts.projectId) : undefined,
        opts.entityId ? eq(tasks.entityId, opts.entityId) : undefined,
        opts.taskTypeId ? eq(tasks.taskTypeId, opts.taskTypeId) : undefined,
        opts.statusId ? eq(tasks.statusId, opts.statusId) : undefined,
        opts.state ? eq(taskStatuses.state, opts.state) : undefined,
        opts.dueBefore ? lte(tasks.dueDate, opts.dueBefore) : undefined,
        mine,
        assigned,
        opts.after ? gt(tasks.id, opts.after) : undefined,
      ),
    )
    .orderBy(asc(tasks.id))
    .limit(opts.limit + 1);
}
