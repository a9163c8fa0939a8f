import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { ImportResult, importBody } from "@backlot/contracts/tracking/csv";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import type { Db, Tx } from "../../../platform/db/pool";
import { AppError, fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { type EntityRow, presentEntity } from "../entities/entities.presenter";
import { requireProject } from "../projects/projects.service";
import { createTemplateTasks } from "../tasks/template-tasks";
import { entities, imports } from "../tracking.schema";
import { missingParents, newId, type PlannedEntity, planEntityImport } from "./entity-import";

type Scope = { organizationId: string; projectId: string };
type UndoStep = { op: "create"; id: string } | { op: "update"; id: string; before: Partial<typeof entities.$inferInsert> };

/** Imports write history for every row but one live event: clients reload instead of replaying thousands. */
const quietly =
  (record: RecordChange): RecordChange =>
  (change) =>
    record({ ...change, event: undefined });

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

function summarize(rows: PlannedEntity[]) {
  const summary = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) summary[r.action]++;
  return summary;
}

const presentRows = (rows: PlannedEntity[]) => rows.map(({ line, key, action, changes, errors }) => ({ line, key, action, changes, errors }));

/** Plans an entity CSV and, unless it is a dry run, applies it in one transaction with an undo record. */
export function importEntities(db: Db, actor: Actor, scope: Scope, body: z.output<typeof importBody>): Promise<ImportResult> {
  return withChanges(db, actor.userId, async (tx, record) => {
    await requireProject(tx, scope.organizationId, scope.projectId);
    if (!body.type) throw fieldError("body.type", "Name the entity type the rows are (e.g. shot)");
    const planned = await planEntityImport(tx, scope, body.type, body.csv);
    const parents = await missingParents(tx, scope, body.type, planned);
    const parentRows: PlannedEntity[] = parents.codes.map((code) => ({
      line: planned.find((p) => p.values.parentCode === code)?.line ?? 0,
      key: `${parents.parentKey} ${code}`,
      action: "create",
      changes: [{ field: "code", old: null, new: code }],
      errors: [],
      typeKey: parents.parentKey as string,
      code,
      existing: null,
      values: {},
    }));
    const rows = [...parentRows, ...planned];
    const summary = summarize(rows);
    if (body.dryRun) return { dryRun: true, importId: null, summary, rows: presentRows(rows) };
    const failed = rows.filter((r) => r.action === "error");
    if (failed.length) {
      throw new AppError("validation_failed", 400, `${failed.length} row(s) have errors; fix them and import again`, {
        errors: failed.flatMap((r) => r.errors.map((e) => ({ path: `body.csv.line.${r.line}.${e.column}`, message: e.message }))),
      });
    }
    // A file that changes nothing leaves no import behind, so "undo" always means the last real change.
    if (summary.create + summary.update === 0) return { dryRun: false, importId: null, summary, rows: presentRows(rows) };
    const undo = await applyPlan(tx, quietly(record), actor, scope, parentRows, planned, parents.existing);
    const importId = newId();
    await tx.insert(imports).values({ ...scope, id: importId, kind: "entities", fileName: body.fileName ?? null, summary, undo, createdBy: actor.userId });
    record({
      organizationId: scope.organizationId,
      recordType: "import",
      recordId: importId,
      action: "create",
      after: { kind: "entities", summary },
      event: "import.completed",
    });
    return { dryRun: false, importId, summary, rows: presentRows(rows) };
  });
}

async function applyPlan(
  tx: Tx,
  record: RecordChange,
  actor: Actor,
  scope: Scope,
  parentRows: PlannedEntity[],
  planned: PlannedEntity[],
  knownParents: Map<string, EntityRow>,
) {
  const undo: UndoStep[] = [];
  const parentIds = new Map([...knownParents].map(([code, row]) => [code, row.id]));
  const creates = [...parentRows, ...planned.filter((p) => p.action === "create")];
  const stamp = { createdBy: actor.userId, updatedBy: actor.userId };
  for (const p of parentRows) parentIds.set(p.code, newId());
  const isParent = new Set(parentRows);
  const inserted = creates.map((p) => ({
    ...scope,
    ...stamp,
    ...entityFields(p, null, parentIds),
    id: isParent.has(p) ? (parentIds.get(p.code) as string) : newId(),
    typeKey: p.typeKey,
    code: p.code,
  }));
  for (let i = 0; i < inserted.length; i += 1000) await tx.insert(entities).values(inserted.slice(i, i + 1000));
  for (const row of inserted) {
    undo.push({ op: "create", id: row.id });
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
    undo.push({ op: "update", id: before.id, before: previous });
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

/** Reverts the project's latest import: deletes what it created, restores what it changed. */
export function undoImport(db: Db, actor: Actor, scope: Scope, importId: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7420004, hashtext(${scope.projectId}))`);
    const [latest] = await tx
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
    if (latest?.id !== importId) throw new AppError("conflict", 409, "Only the latest import can be undone; undo the later ones first");
    const steps = [...(target.undo as UndoStep[])].reverse();
    const created = steps.filter((s) => s.op === "create").map((s) => s.id);
    for (let i = 0; i < created.length; i += 1000) {
      await tx.delete(entities).where(and(eq(entities.organizationId, scope.organizationId), inArray(entities.id, created.slice(i, i + 1000))));
    }
    for (const id of created) record({ organizationId: scope.organizationId, recordType: "entity", recordId: id, action: "delete", before: { importId } });
    for (const step of steps) {
      if (step.op !== "update") continue;
      await tx
        .update(entities)
        .set({ ...step.before, version: sql`${entities.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
        .where(and(eq(entities.organizationId, scope.organizationId), eq(entities.id, step.id)));
      record({ organizationId: scope.organizationId, recordType: "entity", recordId: step.id, action: "update", after: { restoredFromImport: importId } });
    }
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
    });
    return { undone: true, deleted: created.length, restored: steps.length - created.length };
  });
}
