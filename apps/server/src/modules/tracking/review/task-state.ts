import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { StatusState } from "@backlot/contracts/tracking/config";
import type { Task } from "@backlot/contracts/tracking/tasks";
import type { RecordChange } from "../../../platform/audit/changes";
import type { Queryable, Tx } from "../../../platform/db/pool";
import { iso, presentMeta } from "../projects/projects.presenter";
import { taskAssignees, taskStatuses, tasks } from "../tracking.schema";

type TaskRow = typeof tasks.$inferSelect;

/**
 * A task as the task API presents it (contracts `taskSchema`), so the grid patches its cache
 * from our `task.updated` events. TODO(merge): use the tasks module's presentTask once on main.
 */
function presentTaskRow(row: TaskRow, assigneeSlotIds: string[]): Task {
  return {
    id: row.id,
    projectId: row.projectId,
    entityId: row.entityId,
    taskTypeId: row.taskTypeId,
    statusId: row.statusId,
    name: row.name,
    description: row.description,
    startDate: row.startDate,
    dueDate: row.dueDate,
    estimateHours: row.estimateHours,
    priority: row.priority,
    assigneeSlotIds,
    custom: row.custom,
    tags: row.tags,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}

async function assigneesOf(db: Queryable, organizationId: string, taskId: string): Promise<string[]> {
  const rows = await db
    .select({ slotId: taskAssignees.slotId })
    .from(taskAssignees)
    .where(and(eq(taskAssignees.organizationId, organizationId), eq(taskAssignees.taskId, taskId)));
  return rows.map((r) => r.slotId).sort();
}

/** The project's status for a semantic state: the first by order (the default if it has that state). */
async function statusForState(db: Queryable, organizationId: string, projectId: string, state: StatusState) {
  const [row] = await db
    .select({ id: taskStatuses.id })
    .from(taskStatuses)
    .where(
      and(
        eq(taskStatuses.organizationId, organizationId),
        eq(taskStatuses.projectId, projectId),
        eq(taskStatuses.state, state),
        isNull(taskStatuses.archivedAt),
      ),
    )
    .orderBy(sql`${taskStatuses.isDefault} DESC`, asc(taskStatuses.sortOrder))
    .limit(1);
  return row ?? null;
}

export type TaskMove = { id: string; statusId: string; version: number; moved: boolean };

/**
 * Moves a task to its project's status with `state` (a version approved or sent back for a
 * retake moves its task, TRK-7). No such status, or already there: the task is left as it is.
 */
export async function moveTaskToState(
  tx: Tx,
  record: RecordChange,
  actorId: string | null,
  organizationId: string,
  taskId: string,
  state: StatusState,
): Promise<TaskMove> {
  const [before] = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, taskId)))
    .for("update");
  if (!before) throw new Error(`task ${taskId} vanished`);
  const status = await statusForState(tx, organizationId, before.projectId, state);
  if (!status || status.id === before.statusId) return { id: taskId, statusId: before.statusId, version: before.version, moved: false };
  const [row] = await tx
    .update(tasks)
    .set({ statusId: status.id, version: sql`${tasks.version} + 1`, updatedAt: new Date(), updatedBy: actorId })
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, taskId)))
    .returning();
  if (!row) throw new Error(`task ${taskId} vanished`);
  const assignees = await assigneesOf(tx, organizationId, taskId);
  record({
    organizationId,
    recordType: "task",
    recordId: taskId,
    action: "update",
    before: presentTaskRow(before, assignees),
    after: presentTaskRow(row, assignees),
    event: "task.updated",
  });
  return { id: taskId, statusId: row.statusId, version: row.version, moved: true };
}
