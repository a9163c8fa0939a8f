import { and, eq, inArray } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { bulkUpdateTasksBody, createTaskBody, TaskChangeResult, TaskWarning, updateTaskBody } from "@backlot/contracts/tracking/tasks";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { customForCreate, customForUpdate } from "../fields/custom-values";
import { requireProject } from "../projects/projects.service";
import { notifyAssigned, notifyAssignedBatch } from "../review/assignment-notices";
import { taskAssignees, tasks } from "../tracking.schema";
import { readinessBlockers } from "./readiness";
import { checkTaskRefs, statusState } from "./task-refs";
import { presentTask } from "./tasks.presenter";
import { getTask, type TaskWithAssignees } from "./tasks.repo";
import { defaultStatusId } from "./template-tasks";

type Scope = { organizationId: string; projectId: string };
const TASK_OBJECT = "task";

/** Replaces a task's assignee slots; returns the slots newly assigned (for notifications). */
async function setAssignees(tx: Tx, organizationId: string, taskId: string, current: string[], next: string[]) {
  const removed = current.filter((id) => !next.includes(id));
  const added = next.filter((id) => !current.includes(id));
  if (removed.length) {
    await tx
      .delete(taskAssignees)
      .where(and(eq(taskAssignees.organizationId, organizationId), eq(taskAssignees.taskId, taskId), inArray(taskAssignees.slotId, removed)));
  }
  if (added.length) await tx.insert(taskAssignees).values(added.map((slotId) => ({ organizationId, taskId, slotId })));
  return added;
}

export function createTask(db: Db, actor: Actor, scope: Scope, body: z.output<typeof createTaskBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await requireProject(tx, scope.organizationId, scope.projectId);
    await checkTaskRefs(tx, scope, body);
    const custom = await customForCreate(tx, scope, TASK_OBJECT, body.custom);
    const { assigneeSlotIds = [], ...fields } = body;
    const id = uuidv7();
    const [row] = await tx
      .insert(tasks)
      .values({
        ...scope,
        ...fields,
        id,
        custom,
        entityId: body.entityId ?? null,
        statusId: body.statusId ?? (await defaultStatusId(tx, scope)),
        name: body.name ?? "Task",
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await setAssignees(tx, scope.organizationId, id, [], assigneeSlotIds);
    await notifyAssigned(tx, record, { organizationId: scope.organizationId, taskId: id, slotIds: assigneeSlotIds, actorId: actor.userId });
    const after = presentTask(row, assigneeSlotIds);
    record({ organizationId: scope.organizationId, recordType: "task", recordId: id, action: "create", after, event: "task.created" });
    return after;
  });
}

type TaskPatch = Omit<z.output<typeof updateTaskBody>, "version">;

/** Starting work (into an in-progress state) before the task is ready warns, but is allowed. */
async function startWarnings(tx: Tx, before: TaskWithAssignees, nextStatusId: string | undefined): Promise<TaskWarning[]> {
  if (!nextStatusId || nextStatusId === before.statusId) return [];
  const [from, to] = await Promise.all([statusState(tx, before.organizationId, before.statusId), statusState(tx, before.organizationId, nextStatusId)]);
  if (to !== "in_progress" || from === "in_progress") return [];
  return readinessBlockers(tx, before.organizationId, before.id);
}

/** Applies one versioned patch to one task; newly assigned slots are added to `assigned`. */
async function applyTaskPatch(
  tx: Tx,
  record: RecordChange,
  actor: Actor,
  scope: Scope,
  before: TaskWithAssignees,
  version: number,
  patch: TaskPatch,
  assigned: Map<string, string[]>,
  path = "body",
): Promise<TaskChangeResult> {
  await checkTaskRefs(tx, scope, patch, path);
  const { assigneeSlotIds, custom, ...rest } = patch;
  const fields: Partial<typeof tasks.$inferInsert> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const start = fields.startDate === undefined ? before.startDate : fields.startDate;
  const due = fields.dueDate === undefined ? before.dueDate : fields.dueDate;
  if (start && due && start > due)
    throw new AppError("validation_failed", 400, "The due date is before the start date", {
      errors: [{ path: `${path}.dueDate`, message: "The due date is before the start date" }],
    });
  const merged = await customForUpdate(tx, scope, TASK_OBJECT, before.custom, custom);
  if (merged) fields.custom = merged;
  const nextAssignees = assigneeSlotIds ?? before.assigneeSlotIds;
  const assigneesChanged = JSON.stringify([...nextAssignees].sort()) !== JSON.stringify([...before.assigneeSlotIds].sort());
  if (assigneesChanged) {
    if (before.version !== version)
      throw new AppError("version_conflict", 409, "This task was changed by someone else since you loaded it.", {
        current: presentTask(before, before.assigneeSlotIds),
      });
    const added = await setAssignees(tx, scope.organizationId, before.id, before.assigneeSlotIds, nextAssignees);
    if (added.length) assigned.set(before.id, added);
    // Assignees live in their own table; touching updated_at makes the save a real change.
    fields.updatedAt = new Date();
  }
  const warnings = await startWarnings(tx, before, fields.statusId);
  const task = await saveVersioned(tx, record, {
    table: tasks,
    before,
    fields,
    version,
    actorId: actor.userId,
    present: (row) => presentTask(row, row === before ? before.assigneeSlotIds : nextAssignees),
    recordType: "task",
    event: "task.updated",
  });
  return { ...task, warnings };
}

export function updateTask(db: Db, actor: Actor, scope: Scope, id: string, body: z.output<typeof updateTaskBody>) {
  const { version, ...patch } = body;
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await getTask(tx, scope.organizationId, id, scope.projectId);
    if (!before) throw notFound("Task");
    const assigned = new Map<string, string[]>();
    const result = await applyTaskPatch(tx, record, actor, scope, before, version, patch, assigned);
    await notifyAssigned(tx, record, { organizationId: scope.organizationId, taskId: id, slotIds: assigned.get(id) ?? [], actorId: actor.userId });
    return result;
  });
}

/** One change to many tasks, all or nothing: a stale version anywhere refuses the whole edit. */
export function bulkUpdateTasks(db: Db, actor: Actor, scope: Scope, body: z.output<typeof bulkUpdateTasksBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await requireProject(tx, scope.organizationId, scope.projectId);
    const results: TaskChangeResult[] = [];
    const assigned = new Map<string, string[]>();
    for (const [index, ref] of body.tasks.entries()) {
      const before = await getTask(tx, scope.organizationId, ref.id, scope.projectId);
      if (!before)
        throw new AppError("validation_failed", 400, "A task is not in this project", {
          errors: [{ path: `body.tasks.${index}.id`, message: "No task of this project has this id" }],
        });
      results.push(await applyTaskPatch(tx, record, actor, scope, before, ref.version, body.changes, assigned, "body.changes"));
    }
    await notifyAssignedBatch(tx, record, { organizationId: scope.organizationId, actorId: actor.userId, assigned });
    return { items: results };
  });
}

export function setTaskArchived(db: Db, actor: Actor, scope: Scope, id: string, version: number, archived: boolean) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await getTask(tx, scope.organizationId, id, scope.projectId);
    if (!before) throw notFound("Task");
    if (Boolean(before.archivedAt) === archived) throw new AppError("conflict", 409, archived ? "This task is already archived" : "This task is not archived");
    return saveVersioned(tx, record, {
      table: tasks,
      before,
      fields: { archivedAt: archived ? new Date() : null },
      version,
      actorId: actor.userId,
      present: (row) => presentTask(row, before.assigneeSlotIds),
      recordType: "task",
      action: archived ? "archive" : "restore",
      event: "task.updated",
    });
  });
}
