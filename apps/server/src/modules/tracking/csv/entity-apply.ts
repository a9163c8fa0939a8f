import { and, eq, sql } from "drizzle-orm";
import type { RecordChange } from "../../../platform/audit/changes";
import type { Tx } from "../../../platform/db/pool";
import type { Actor } from "../../../platform/http/actor";
import { type EntityRow, presentEntity } from "../entities/entities.presenter";
import { createTemplateTasks } from "../tasks/template-tasks";
import { entities } from "../tracking.schema";
import { newId, type PlannedEntity } from "./entity-import";
import type { Scope } from "./import-runner";
import type { UndoStep } from "./undo";

/** The columns an import row sets, as entity fields (`parentCode` resolved to `parentId`). */
function entityFields(p: PlannedEntity, existing: EntityRow | null, parentIds: Map<string, string>) {
  const fields: Partial<typeof entities.$inferInsert> = {};
  const custom: Record<string, unknown> = { ...(existing?.custom ?? {}) };
  for (const [field, value] of Object.entries(p.values)) {
    if (field.startsWith("custom.")) {
      if (value === null) delete custom[field.slice(7)];
      else custom[field.slice(7)] = value;
    } else if (field === "parentCode") fields.parentId = value ? (parentIds.get(value as string) ?? null) : null;
    else (fields as Record<string, unknown>)[field] = value;
  }
  fields.custom = custom;
  return fields;
}

/** Creates parents and new entities (with their template tasks), then updates changed ones. */
export async function applyEntityPlan(
  tx: Tx,
  record: RecordChange,
  actor: Actor,
  scope: Scope,
  parentRows: PlannedEntity[],
  planned: PlannedEntity[],
  knownParents: Map<string, EntityRow>,
): Promise<UndoStep[]> {
  const undo: UndoStep[] = [];
  const parentIds = new Map([...knownParents].map(([code, row]) => [code, row.id]));
  for (const p of parentRows) parentIds.set(p.code, newId());
  const isParent = new Set(parentRows);
  const creates = [...parentRows, ...planned.filter((p) => p.action === "create")];
  const inserted = creates.map((p) => ({
    ...scope,
    createdBy: actor.userId,
    updatedBy: actor.userId,
    ...entityFields(p, null, parentIds),
    id: isParent.has(p) ? (parentIds.get(p.code) as string) : newId(),
    typeKey: p.typeKey,
    code: p.code,
  }));
  for (let i = 0; i < inserted.length; i += 1000) await tx.insert(entities).values(inserted.slice(i, i + 1000));
  for (const row of inserted) {
    undo.push({ table: "entities", op: "create", id: row.id });
    record({ organizationId: scope.organizationId, recordType: "entity", recordId: row.id, action: "create", after: { code: row.code, typeKey: row.typeKey } });
  }
  await createTemplateTasks(tx, record, scope, actor.userId, inserted);
  for (const p of planned.filter((x) => x.action === "update")) {
    const before = p.existing as EntityRow;
    const fields = entityFields(p, before, parentIds);
    const previous = Object.fromEntries(Object.keys(fields).map((k) => [k, (before as Record<string, unknown>)[k]]));
    await tx
      .update(entities)
      .set({ ...fields, version: sql`${entities.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(entities.organizationId, scope.organizationId), eq(entities.id, before.id)));
    undo.push({ table: "entities", op: "update", id: before.id, before: previous });
    record({
      organizationId: scope.organizationId,
      recordType: "entity",
      recordId: before.id,
      action: "update",
      before: presentEntity(before),
      after: presentEntity({ ...before, ...fields } as EntityRow),
    });
  }
  return undo;
}
