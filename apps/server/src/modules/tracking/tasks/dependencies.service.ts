import { and, eq, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Dependency } from "@backlot/contracts/tracking/tasks";
import { withChanges } from "../../../platform/audit/changes";
import { reaches } from "../../../platform/db/graph";
import type { Db, Queryable } from "../../../platform/db/pool";
import { AppError, fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { taskDependencies, taskStatuses, tasks } from "../tracking.schema";
import { getTask } from "./tasks.repo";

type Scope = { organizationId: string; projectId: string };
const pred = alias(tasks, "pred");
const succ = alias(tasks, "succ");

/** The finish-to-start links in and out of a task, with the predecessor's state. */
export async function listDependencies(db: Queryable, organizationId: string, taskId: string): Promise<Dependency[]> {
  const rows = await db
    .select({
      predecessorId: taskDependencies.predecessorId,
      successorId: taskDependencies.successorId,
      predecessorName: pred.name,
      successorName: succ.name,
      predecessorState: taskStatuses.state,
    })
    .from(taskDependencies)
    .innerJoin(pred, and(eq(pred.organizationId, taskDependencies.organizationId), eq(pred.id, taskDependencies.predecessorId)))
    .innerJoin(succ, and(eq(succ.organizationId, taskDependencies.organizationId), eq(succ.id, taskDependencies.successorId)))
    .innerJoin(taskStatuses, and(eq(taskStatuses.organizationId, pred.organizationId), eq(taskStatuses.id, pred.statusId)))
    .where(and(eq(taskDependencies.organizationId, organizationId), or(eq(taskDependencies.predecessorId, taskId), eq(taskDependencies.successorId, taskId))));
  return rows.map((r) => ({ ...r, predecessorState: r.predecessorState as Dependency["predecessorState"] }));
}

/** Every finish-to-start link between tasks of one project: the Gantt draws them all at once. */
export async function listProjectDependencies(db: Queryable, organizationId: string, projectId: string): Promise<Dependency[]> {
  const rows = await db
    .select({
      predecessorId: taskDependencies.predecessorId,
      successorId: taskDependencies.successorId,
      predecessorName: pred.name,
      successorName: succ.name,
      predecessorState: taskStatuses.state,
    })
    .from(taskDependencies)
    .innerJoin(pred, and(eq(pred.organizationId, taskDependencies.organizationId), eq(pred.id, taskDependencies.predecessorId)))
    .innerJoin(succ, and(eq(succ.organizationId, taskDependencies.organizationId), eq(succ.id, taskDependencies.successorId)))
    .innerJoin(taskStatuses, and(eq(taskStatuses.organizationId, pred.organizationId), eq(taskStatuses.id, pred.statusId)))
    .where(and(eq(taskDependencies.organizationId, organizationId), eq(succ.projectId, projectId), isNull(succ.archivedAt), isNull(pred.archivedAt)));
  return rows.map((r) => ({ ...r, predecessorState: r.predecessorState as Dependency["predecessorState"] }));
}

/** Adds predecessor → task; a link that would form a cycle is refused with 409 (TRK-6). */
export function addDependency(db: Db, actor: Actor, scope: Scope, taskId: string, predecessorId: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    // One writer of the graph per organization at a time, so two links added at once cannot
    // each pass the cycle check and close a loop together.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7420003, hashtext(${scope.organizationId}))`);
    const task = await getTask(tx, scope.organizationId, taskId, scope.projectId);
    if (!task) throw notFound("Task");
    const predecessor = await getTask(tx, scope.organizationId, predecessorId);
    if (!predecessor) throw fieldError("body.predecessorId", "No task of this organization has this id");
    if (predecessorId === taskId || (await reaches(tx, "task_dependencies", scope.organizationId, taskId, predecessorId))) {
      throw new AppError("dependency_cycle", 409, `${predecessor.name} already depends on ${task.name}; this link would make a cycle`, {
        errors: [{ path: "body.predecessorId", message: "This link would make a cycle" }],
      });
    }
    await tx
      .insert(taskDependencies)
      .values({ organizationId: scope.organizationId, predecessorId, successorId: taskId, createdBy: actor.userId })
      .onConflictDoNothing();
    const after = {
      predecessors: (await listDependencies(tx, scope.organizationId, taskId)).filter((d) => d.successorId === taskId).map((d) => d.predecessorName),
    };
    record({
      organizationId: scope.organizationId,
      recordType: "task",
      recordId: taskId,
      action: "update",
      after,
      event: "dependency.changed",
      eventData: { projectId: scope.projectId, taskId, predecessorId },
    });
    return listDependencies(tx, scope.organizationId, taskId);
  });
}

export function removeDependency(db: Db, actor: Actor, scope: Scope, taskId: string, predecessorId: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const task = await getTask(tx, scope.organizationId, taskId, scope.projectId);
    if (!task) throw notFound("Task");
    const deleted = await tx
      .delete(taskDependencies)
      .where(
        and(
          eq(taskDependencies.organizationId, scope.organizationId),
          eq(taskDependencies.successorId, taskId),
          eq(taskDependencies.predecessorId, predecessorId),
        ),
      )
      .returning();
    if (deleted.length === 0) throw notFound("Dependency");
    record({
      organizationId: scope.organizationId,
      recordType: "task",
      recordId: taskId,
      action: "update",
      before: { predecessorId },
      after: { predecessorId: null },
      event: "dependency.changed",
      eventData: { projectId: scope.projectId, taskId, predecessorId: null },
    });
  });
}
