import { and, eq, ne } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type {
  createEntityTypeBody,
  createTaskStatusBody,
  createTaskTypeBody,
  updateEntityTypeBody,
  updateTaskStatusBody,
  updateTaskTypeBody,
} from "@backlot/contracts/tracking/config";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Tx } from "../../../platform/db/pool";
import { fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { requireProject } from "../projects/projects.service";
import { entityTypes, taskStatuses, taskTypes } from "../tracking.schema";
import { presentEntityType, presentTaskStatus, presentTaskType } from "./config.presenter";
import { getEntityType, getTaskStatus, getTaskType } from "./config.repo";

type Scope = { organizationId: string; projectId: string };

async function requireEntityTypeKey(tx: Tx, scope: Scope, key: string, path: string) {
  const [row] = await tx
    .select({ key: entityTypes.key })
    .from(entityTypes)
    .where(and(eq(entityTypes.organizationId, scope.organizationId), eq(entityTypes.projectId, scope.projectId), eq(entityTypes.key, key)));
  if (!row) throw fieldError(path, `This project has no entity type "${key}"`);
}

/** Runs a configuration change inside a transaction after checking the project exists. */
function inProject<T>(db: Db, actor: Actor, scope: Scope, work: (tx: Tx, record: RecordChange) => Promise<T>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await requireProject(tx, scope.organizationId, scope.projectId);
    return work(tx, record);
  });
}

const stamp = (actor: Actor, scope: Scope) => ({ ...scope, id: uuidv7(), createdBy: actor.userId, updatedBy: actor.userId });
const archivedField = (archived: boolean | undefined) => (archived === undefined ? {} : { archivedAt: archived ? new Date() : null });
const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export function createEntityType(db: Db, actor: Actor, scope: Scope, body: z.output<typeof createEntityTypeBody>) {
  return inProject(db, actor, scope, async (tx, record) => {
    if (body.parentKey) await requireEntityTypeKey(tx, scope, body.parentKey, "body.parentKey");
    const [row] = await tx
      .insert(entityTypes)
      .values({ ...stamp(actor, scope), ...body, parentKey: body.parentKey ?? null })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const after = presentEntityType(row);
    record({ organizationId: scope.organizationId, recordType: "entity_type", recordId: row.id, action: "create", after, event: "project_config.changed" });
    return after;
  });
}

export function updateEntityType(db: Db, actor: Actor, scope: Scope, id: string, body: z.output<typeof updateEntityTypeBody>) {
  return inProject(db, actor, scope, async (tx, record) => {
    const before = await getEntityType(tx, scope.organizationId, scope.projectId, id);
    if (!before) throw notFound("Entity type");
    const { version, ...fields } = body;
    return saveVersioned(tx, record, {
      table: entityTypes,
      before,
      fields: defined(fields),
      version,
      actorId: actor.userId,
      present: presentEntityType,
      recordType: "entity_type",
      event: "project_config.changed",
    });
  });
}

export function createTaskType(db: Db, actor: Actor, scope: Scope, body: z.output<typeof createTaskTypeBody>) {
  return inProject(db, actor, scope, async (tx, record) => {
    await requireEntityTypeKey(tx, scope, body.entityTypeKey, "body.entityTypeKey");
    const [row] = await tx
      .insert(taskTypes)
      .values({ ...stamp(actor, scope), ...defined(body), name: body.name, entityTypeKey: body.entityTypeKey })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const after = presentTaskType(row);
    record({ organizationId: scope.organizationId, recordType: "task_type", recordId: row.id, action: "create", after, event: "project_config.changed" });
    return after;
  });
}

export function updateTaskType(db: Db, actor: Actor, scope: Scope, id: string, body: z.output<typeof updateTaskTypeBody>) {
  return inProject(db, actor, scope, async (tx, record) => {
    const before = await getTaskType(tx, scope.organizationId, scope.projectId, id);
    if (!before) throw notFound("Task type");
    const { version, archived, ...fields } = body;
    return saveVersioned(tx, record, {
      table: taskTypes,
      before,
      fields: { ...defined(fields), ...archivedField(archived) },
      version,
      actorId: actor.userId,
      present: presentTaskType,
      recordType: "task_type",
      event: "project_config.changed",
    });
  });
}

/** Only one status is the default for new tasks: choosing another clears the previous one. */
async function clearOtherDefaults(tx: Tx, scope: Scope, keepId: string) {
  await tx
    .update(taskStatuses)
    .set({ isDefault: false })
    .where(and(eq(taskStatuses.organizationId, scope.organizationId), eq(taskStatuses.projectId, scope.projectId), ne(taskStatuses.id, keepId)));
}

export function createTaskStatus(db: Db, actor: Actor, scope: Scope, body: z.output<typeof createTaskStatusBody>) {
  return inProject(db, actor, scope, async (tx, record) => {
    const [row] = await tx
      .insert(taskStatuses)
      .values({ ...stamp(actor, scope), ...body, isDefault: body.isDefault ?? false })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    if (row.isDefault) await clearOtherDefaults(tx, scope, row.id);
    const after = presentTaskStatus(row);
    record({ organizationId: scope.organizationId, recordType: "task_status", recordId: row.id, action: "create", after, event: "project_config.changed" });
    return after;
  });
}

export function updateTaskStatus(db: Db, actor: Actor, scope: Scope, id: string, body: z.output<typeof updateTaskStatusBody>) {
  return inProject(db, actor, scope, async (tx, record) => {
    const before = await getTaskStatus(tx, scope.organizationId, scope.projectId, id);
    if (!before) throw notFound("Task status");
    const { version, archived, ...fields } = body;
    if (archived && before.isDefault) throw fieldError("body.archived", "The default status cannot be archived; make another status the default first");
    if (fields.isDefault === false && before.isDefault) throw fieldError("body.isDefault", "Make another status the default instead");
    const after = await saveVersioned(tx, record, {
      table: taskStatuses,
      before,
      fields: { ...defined(fields), ...archivedField(archived) },
      version,
      actorId: actor.userId,
      present: presentTaskStatus,
      recordType: "task_status",
      event: "project_config.changed",
    });
    if (after.isDefault && !before.isDefault) await clearOtherDefaults(tx, scope, id);
    return after;
  });
}
