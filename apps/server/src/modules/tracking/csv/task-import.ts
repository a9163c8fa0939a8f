import { and, eq, getTableColumns, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { ImportRow } from "@backlot/contracts/tracking/csv";
import { priorityLabels } from "@backlot/contracts/tracking/tasks";
import type { RecordChange } from "../../../platform/audit/changes";
import type { Tx } from "../../../platform/db/pool";
import type { Actor } from "../../../platform/http/actor";
import { loadProjectConfig } from "../config/config.repo";
import { listRoleSlots } from "../slots/slots.repo";
import { entities, taskAssignees, tasks } from "../tracking.schema";
import { notifyAssignedBatch } from "../review/assignment-notices";
import { assigneeIds } from "../tasks/tasks.repo";
import { defaultStatusId } from "../tasks/template-tasks";
import { readCsv } from "./csv-read";
import { newId } from "./entity-import";
import type { ImportPlan, Scope } from "./import-runner";
import type { UndoStep } from "./undo";

const headers = ["entity_type", "entity_code", "task_type", "name", "status", "assignees", "start_date", "due_date", "estimate_hours", "priority"];
type Existing = typeof tasks.$inferSelect & { assigneeSlotIds: string[] };
type PlannedTask = ImportRow & { entityId: string; taskTypeId: string; existing: Existing | null; fields: Record<string, unknown>; slots?: string[] };

const lower = (s: string) => s.trim().toLowerCase();
const isoDate = z.iso.date();

/** Reads one cell into a task field; returns the value or an error message. */
function parseCell(column: string, text: string, lookups: { status: Map<string, string>; slots: Map<string, string> }): { value: unknown } | { error: string } {
  const t = text.trim();
  switch (column) {
    case "name":
      return t ? { value: t.slice(0, 200) } : { error: "A task needs a name" };
    case "status": {
      const id = lookups.status.get(lower(t));
      return id ? { value: id } : { error: `No status "${t}" in this project` };
    }
    case "assignees": {
      const names = t
        .split(";")
        .map((n) => n.trim())
        .filter(Boolean);
      const missing = names.find((n) => !lookups.slots.has(lower(n)));
      return missing ? { error: `No role slot "${missing}" in this project` } : { value: names.map((n) => lookups.slots.get(lower(n)) as string) };
    }
    case "start_date":
    case "due_date":
      return t === "" || isoDate.safeParse(t).success ? { value: t || null } : { error: "Not a date like 2026-12-31" };
    case "estimate_hours": {
      const n = Number(t);
      return t === "" ? { value: null } : Number.isFinite(n) && n >= 0 && n <= 100_000 ? { value: n } : { error: "Not a number of hours" };
    }
    default: {
      const byLabel = priorityLabels.findIndex((l) => lower(l) === lower(t));
      const n = t === "" ? 0 : byLabel >= 0 ? byLabel : Number(t);
      return Number.isInteger(n) && n >= 0 && n <= 3 ? { value: n } : { error: "Priority is 0–3 or Low, Normal, High, Urgent" };
    }
  }
}

const fieldOf: Record<string, string> = {
  name: "name",
  status: "statusId",
  start_date: "startDate",
  due_date: "dueDate",
  estimate_hours: "estimateHours",
  priority: "priority",
};

async function loadExisting(tx: Tx, scope: Scope, entityIds: string[]): Promise<Existing[]> {
  if (entityIds.length === 0) return [];
  return tx
    .select({ ...getTableColumns(tasks), assigneeSlotIds: assigneeIds })
    .from(tasks)
    .where(and(eq(tasks.organizationId, scope.organizationId), inArray(tasks.entityId, entityIds), isNull(tasks.archivedAt)));
}

/** Tasks by (entity, task type): status, assignees (slot names), dates, estimate and priority. */
export function importTasksPlanner(actor: Actor, scope: Scope) {
  return async (tx: Tx, body: { csv: string }): Promise<ImportPlan> => {
    const table = readCsv(body.csv, headers, ["entity_type", "entity_code", "task_type"]);
    const config = await loadProjectConfig(tx, scope.organizationId, scope.projectId);
    const status = new Map(config.statuses.flatMap((s) => [[lower(s.shortCode), s.id] as const, [lower(s.name), s.id] as const]));
    const slots = new Map((await listRoleSlots(tx, scope.organizationId, scope.projectId, false)).map((s) => [lower(s.displayName), s.id]));
    const codes = [...new Set(table.rows.map((r) => (r.cells.entity_code ?? "").trim()))];
    const entityRows = codes.length
      ? await tx
          .select({ id: entities.id, typeKey: entities.typeKey, code: entities.code })
          .from(entities)
          .where(and(eq(entities.organizationId, scope.organizationId), eq(entities.projectId, scope.projectId), inArray(entities.code, codes)))
      : [];
    const entityByKey = new Map(entityRows.map((e) => [`${e.typeKey}|${e.code}`, e.id]));
    const existing = await loadExisting(
      tx,
      scope,
      entityRows.map((e) => e.id),
    );
    const seen = new Set<string>();
    const planned: PlannedTask[] = table.rows.map(({ line, cells }) => {
      const typeKey = lower(cells.entity_type ?? "");
      const code = (cells.entity_code ?? "").trim();
      const key = `${code} ${(cells.task_type ?? "").trim()}`;
      const errors: ImportRow["errors"] = [];
      const entityId = entityByKey.get(`${typeKey}|${code}`);
      if (!entityId) errors.push({ column: "entity_code", message: `No ${typeKey || "entity"} ${code} in this project` });
      const taskType = config.taskTypes.find((tt) => tt.entityTypeKey === typeKey && lower(tt.name) === lower(cells.task_type ?? ""));
      if (!taskType) errors.push({ column: "task_type", message: `No task type "${cells.task_type}" for ${typeKey}` });
      if (seen.has(`${typeKey}|${key}`)) errors.push({ column: "task_type", message: "This task appears earlier in the file" });
      seen.add(`${typeKey}|${key}`);
      const fields: Record<string, unknown> = {};
      let slotIds: string[] | undefined;
      for (const column of table.headers.filter((h) => !["entity_type", "entity_code", "task_type"].includes(h))) {
        const parsed = parseCell(column, cells[column] ?? "", { status, slots });
        if ("error" in parsed) errors.push({ column, message: parsed.error });
        else if (column === "assignees") slotIds = parsed.value as string[];
        else fields[fieldOf[column] as string] = parsed.value;
      }
      const row = existing.find((t) => t.entityId === entityId && t.taskTypeId === taskType?.id) ?? null;
      const changes = Object.entries(fields)
        .filter(([f, v]) => !row || JSON.stringify((row as Record<string, unknown>)[f] ?? null) !== JSON.stringify(v ?? null))
        .map(([field, v]) => ({ field, old: row ? ((row as Record<string, unknown>)[field] ?? null) : null, new: v }));
      if (slotIds && (!row || JSON.stringify(row.assigneeSlotIds) !== JSON.stringify(slotIds)))
        changes.push({ field: "assignees", old: row?.assigneeSlotIds ?? [], new: slotIds });
      if (row?.startDate && fields.dueDate && row.startDate > (fields.dueDate as string))
        errors.push({ column: "due_date", message: "The due date is before the start date" });
      const action = errors.length ? "error" : !row ? "create" : changes.length ? "update" : "unchanged";
      return { line, key, action, changes, errors, entityId: entityId ?? "", taskTypeId: taskType?.id ?? "", existing: row, fields, slots: slotIds };
    });
    // Task id → newly assigned slots, filled while applying; one inbox message per person after.
    const assigned = new Map<string, string[]>();
    return {
      rows: planned,
      apply: (record) => applyTaskPlan(tx, record, actor, scope, planned, assigned),
      notify: (record) => notifyAssignedBatch(tx, record, { organizationId: scope.organizationId, actorId: actor.userId, assigned }),
    };
  };
}

async function applyTaskPlan(
  tx: Tx,
  record: RecordChange,
  actor: Actor,
  scope: Scope,
  planned: PlannedTask[],
  assigned: Map<string, string[]>,
): Promise<UndoStep[]> {
  const undo: UndoStep[] = [];
  const fallbackStatus = await defaultStatusId(tx, scope);
  for (const p of planned) {
    if (p.action === "create") {
      const id = newId();
      const name = (p.fields.name as string | undefined) ?? p.key.split(" ").slice(1).join(" ");
      await tx.insert(tasks).values({
        ...scope,
        ...p.fields,
        id,
        entityId: p.entityId,
        taskTypeId: p.taskTypeId,
        statusId: (p.fields.statusId as string) ?? fallbackStatus,
        name,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      });
      if (p.slots?.length) {
        await tx.insert(taskAssignees).values(p.slots.map((slotId) => ({ organizationId: scope.organizationId, taskId: id, slotId })));
        assigned.set(id, p.slots);
      }
      undo.push({ table: "tasks", op: "create", id });
      record({
        organizationId: scope.organizationId,
        recordType: "task",
        recordId: id,
        action: "create",
        after: { ...p.fields, assigneeSlotIds: p.slots ?? [] },
      });
    } else if (p.action === "update" && p.existing) {
      const before = p.existing;
      const previous = Object.fromEntries(Object.keys(p.fields).map((k) => [k, (before as Record<string, unknown>)[k] ?? null]));
      await tx
        .update(tasks)
        .set({ ...p.fields, version: sql`${tasks.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
        .where(and(eq(tasks.organizationId, scope.organizationId), eq(tasks.id, before.id)));
      if (p.slots) {
        await tx.delete(taskAssignees).where(and(eq(taskAssignees.organizationId, scope.organizationId), eq(taskAssignees.taskId, before.id)));
        if (p.slots.length)
          await tx.insert(taskAssignees).values(p.slots.map((slotId) => ({ organizationId: scope.organizationId, taskId: before.id, slotId })));
        const added = p.slots.filter((slotId) => !before.assigneeSlotIds.includes(slotId));
        if (added.length) assigned.set(before.id, added);
      }
      undo.push({ table: "tasks", op: "update", id: before.id, before: previous, assigneeSlotIds: p.slots ? before.assigneeSlotIds : undefined });
      record({
        organizationId: scope.organizationId,
        recordType: "task",
        recordId: before.id,
        action: "update",
        before: { ...previous, assigneeSlotIds: before.assigneeSlotIds },
        after: { ...p.fields, assigneeSlotIds: p.slots ?? before.assigneeSlotIds },
      });
    }
  }
  return undo;
}
