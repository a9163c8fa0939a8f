import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { RecordChange } from "../../../platform/audit/changes";
import type { Tx } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import { notify } from "../../core/notifications/notifications.service";
import { entities, roleSlots, tasks } from "../tracking.schema";

export type AssignmentNotice = {
  organizationId: string;
  taskId: string;
  /** The slots newly assigned (not the ones the task already had). */
  slotIds: readonly string[];
  /** Who assigned; not notified of their own assignment. */
  actorId: string | null;
  /** A bulk assignment is one message (CORE-9): how many other tasks came with this one. */
  moreTasks?: number;
};

/**
 * Notifies the people filling newly assigned slots (CORE-9 "assignments"). For the tasks
 * service to call inside its transaction; an empty slot, or a person without a login, is
 * nobody to notify.
 */
export async function notifyAssigned(tx: Tx, record: RecordChange, notice: AssignmentNotice): Promise<string[]> {
  if (notice.slotIds.length === 0) return [];
  const { organizationId } = notice;
  const [task] = await tx
    .select({ name: tasks.name, projectId: tasks.projectId, code: entities.code })
    .from(tasks)
    .leftJoin(entities, and(eq(entities.organizationId, tasks.organizationId), eq(entities.id, tasks.entityId)))
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, notice.taskId)));
  if (!task) return [];
  const recipients = await tx
    .select({ userId: people.userId, slotName: roleSlots.displayName })
    .from(roleSlots)
    .innerJoin(people, and(eq(people.organizationId, roleSlots.organizationId), eq(people.id, roleSlots.personId)))
    .where(and(eq(roleSlots.organizationId, organizationId), inArray(roleSlots.id, [...notice.slotIds]), isNotNull(people.userId)));
  const first = task.code ? `${task.code} · ${task.name}` : task.name;
  const label = notice.moreTasks ? `${first} and ${notice.moreTasks} more task${notice.moreTasks === 1 ? "" : "s"}` : first;
  return notify(tx, record, {
    organizationId,
    userIds: recipients.flatMap((r) => (r.userId ? [r.userId] : [])),
    kind: "assignment",
    recordType: "task",
    recordId: notice.taskId,
    projectId: task.projectId,
    title: `You were assigned to ${label}`,
    body: recipients.length === 1 ? `As ${recipients[0]?.slotName}` : null,
    actorId: notice.actorId,
  });
}

export type AssignmentBatch = {
  organizationId: string;
  actorId: string | null;
  /** Task id → the slots newly assigned to it, in the order the tasks were changed. */
  assigned: ReadonlyMap<string, readonly string[]>;
};

/**
 * A batch of assignments (a bulk edit, a CSV import) is one inbox message per person (CORE-9):
 * "You were assigned to <first task> and N more tasks", whatever slots they fill.
 */
export async function notifyAssignedBatch(tx: Tx, record: RecordChange, batch: AssignmentBatch): Promise<void> {
  const slotIds = [...new Set([...batch.assigned.values()].flat())];
  if (slotIds.length === 0) return;
  const filled = await tx
    .select({ slotId: roleSlots.id, userId: people.userId })
    .from(roleSlots)
    .innerJoin(people, and(eq(people.organizationId, roleSlots.organizationId), eq(people.id, roleSlots.personId)))
    .where(and(eq(roleSlots.organizationId, batch.organizationId), inArray(roleSlots.id, slotIds), isNotNull(people.userId)));
  const userOf = new Map(filled.map((f) => [f.slotId, f.userId]));
  const byUser = new Map<string, { slotId: string; taskIds: Set<string> }>();
  for (const [taskId, slots] of batch.assigned) {
    for (const slotId of slots) {
      const userId = userOf.get(slotId);
      if (!userId) continue;
      const entry = byUser.get(userId) ?? { slotId, taskIds: new Set<string>() };
      entry.taskIds.add(taskId);
      byUser.set(userId, entry);
    }
  }
  for (const { slotId, taskIds } of byUser.values()) {
    const [first, ...rest] = taskIds;
    if (first)
      await notifyAssigned(tx, record, {
        organizationId: batch.organizationId,
        taskId: first,
        slotIds: [slotId],
        actorId: batch.actorId,
        moreTasks: rest.length,
      });
  }
}
