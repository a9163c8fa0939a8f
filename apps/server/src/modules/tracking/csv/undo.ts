import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { withChanges } from "../../../platform/audit/changes";
import type { Db, Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { castings, entities, imports, taskAssignees, tasks } from "../tracking.schema";
import { lockProjectImports, type Scope } from "./import-runner";

/** How to take back one row an import wrote; kept in the import record. */
export type UndoStep =
  | { table: "entities" | "tasks"; op: "create"; id: string }
  | { table: "entities" | "tasks"; op: "update"; id: string; before: Record<string, unknown>; assigneeSlotIds?: string[] }
  | { table: "castings"; op: "create" | "update"; entityId: string; assetId: string; occurrences?: number };

const recordTypeOf = { entities: "entity", tasks: "task", castings: "entity" } as const;

async function restoreAssignees(tx: Tx, organizationId: string, taskId: string, slotIds: string[]) {
  await tx.delete(taskAssignees).where(and(eq(taskAssignees.organizationId, organizationId), eq(taskAssignees.taskId, taskId)));
  if (slotIds.length) await tx.insert(taskAssignees).values(slotIds.map((slotId) => ({ organizationId, taskId, slotId })));
}

async function undoStep(tx: Tx, actor: Actor, organizationId: string, step: UndoStep) {
  if (step.table === "castings") {
    const where = and(eq(castings.organizationId, organizationId), eq(castings.entityId, step.entityId), eq(castings.assetId, step.assetId));
    if (step.op === "create") await tx.delete(castings).where(where);
    else
      await tx
        .update(castings)
        .set({ occurrences: step.occurrences ?? 1 })
        .where(where);
    return step.entityId;
  }
  const table = step.table === "entities" ? entities : tasks;
  const match = and(eq(table.organizationId, organizationId), eq(table.id, step.id));
  if (step.op === "create") {
    await tx.delete(table).where(match);
    return step.id;
  }
  await tx
    .update(table)
    .set({ ...step.before, version: sql`${table.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
    .where(match);
  if (step.assigneeSlotIds) await restoreAssignees(tx, organizationId, step.id, step.assigneeSlotIds);
  return step.id;
}

/** Reverts the project's latest import: deletes what it created, restores what it changed. */
export function undoImport(db: Db, actor: Actor, scope: Scope, importId: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await lockProjectImports(tx, scope.projectId);
    const live = await tx
      .select()
      .from(imports)
      .where(and(eq(imports.organizationId, scope.organizationId), eq(imports.projectId, scope.projectId), isNull(imports.undoneAt)))
      .orderBy(desc(imports.createdAt), desc(imports.id))
      .limit(1);
    const [target] = await tx
      .select()
      .from(imports)
      .where(and(eq(imports.organizationId, scope.organizationId), eq(imports.projectId, scope.projectId), eq(imports.id, importId)));
    if (!target) throw notFound("Import");
    if (target.undoneAt) throw new AppError("conflict", 409, "This import was already undone");
    if (live[0]?.id !== importId) throw new AppError("conflict", 409, "Only the latest import can be undone; undo the later ones first");
    const steps = [...(target.undo as UndoStep[])].reverse();
    // Entities go in bulk (their tasks and casting go with them); everything else row by row.
    const createdEntities = steps.filter((s) => s.table === "entities" && s.op === "create").map((s) => (s as { id: string }).id);
    for (let i = 0; i < createdEntities.length; i += 1000) {
      await tx.delete(entities).where(and(eq(entities.organizationId, scope.organizationId), inArray(entities.id, createdEntities.slice(i, i + 1000))));
    }
    let restored = 0;
    for (const step of steps) {
      if (step.table === "entities" && step.op === "create") continue;
      const id = await undoStep(tx, actor, scope.organizationId, step);
      if (step.op === "update") restored++;
      record({
        organizationId: scope.organizationId,
        recordType: recordTypeOf[step.table],
        recordId: id,
        action: step.op === "create" ? "delete" : "update",
        after: { undoneImport: importId },
      });
    }
    for (const id of createdEntities)
      record({ organizationId: scope.organizationId, recordType: "entity", recordId: id, action: "delete", after: { undoneImport: importId } });
    await tx
      .update(imports)
      .set({ undoneAt: new Date() })
      .where(and(eq(imports.organizationId, scope.organizationId), eq(imports.id, importId)));
    record({
      organizationId: scope.organizationId,
      recordType: "import",
      recordId: importId,
      action: "update",
      after: { undone: true },
      event: "import.completed",
      eventData: { projectId: scope.projectId, kind: target.kind, undone: true },
    });
    return { undone: true, deleted: steps.length - restored, restored };
  });
}
