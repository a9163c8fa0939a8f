import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { StatusState } from "@backlot/contracts/tracking/config";
import type { RecordChange } from "../../../platform/audit/changes";
import type { Queryable, Tx } from "../../../platform/db/pool";
import { presentTask } from "../tasks/tasks.presenter";
import { getTask } from "../tasks/tasks.repo";
import { taskStatuses, tasks } from "../tracking.schema";

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
  // Lock the task first: a concurrent edit of it waits for this move (or this move for it).
  await tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, taskId)))
    .for("update");
  const before = await getTask(tx, organizationId, taskId);
  if (!before) throw new Error(`task ${taskId} vanished`);
  const status = await statusForState(tx, organizationId, before.projectId, state);
  if (!status || status.id === before.statusId) return { id: taskId, statusId: before.statusId, version: before.version, moved: false };
  const [row] = await tx
    .update(tasks)
    .set({ statusId: status.id, version: sql`${tasks.version} + 1`, updatedAt: new Date(), updatedBy: actorId })
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, taskId)))
    .returning();
  if (!row) throw new Error(`task ${taskId} vanished`);
  record({
    organizationId,
    recordType: "task",
    recordId: taskId,
    action: "update",
    before: presentTask(before, before.assigneeSlotIds),
    after: presentTask(row, before.assigneeSlotIds),
    event: "task.updated",
  });
  return { id: taskId, statusId: row.statusId, version: row.version, moved: true };
}
