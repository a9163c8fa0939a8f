import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createEntityBody, updateEntityBody } from "@backlot/contracts/tracking/entities";
import { AppError, fieldError, notFound } from "../../../platform/http/app-error";
import { withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Queryable } from "../../../platform/db/pool";
import type { Actor } from "../../../platform/http/actor";
import { customForCreate, customForUpdate } from "../fields/custom-values";
import { requireProject } from "../projects/projects.service";
import { createTemplateTasks } from "../tasks/template-tasks";
import { entities, entityTypes } from "../tracking.schema";
import { type EntityRow, presentEntity } from "./entities.presenter";
import { getEntity } from "./entities.repo";

type Scope = { organizationId: string; projectId: string };

/** The entity type must exist in the project; returns the parent type it expects, if any. */
export async function requireEntityType(db: Queryable, scope: Scope, typeKey: string, path = "body.typeKey") {
  const [type] = await db
    .select({ key: entityTypes.key, parentKey: entityTypes.parentKey, name: entityTypes.name })
    .from(entityTypes)
    .where(and(eq(entityTypes.organizationId, scope.organizationId), eq(entityTypes.projectId, scope.projectId), eq(entityTypes.key, typeKey)));
  if (!type) throw fieldError(path, `This project has no entity type "${typeKey}"`);
  return type;
}

/** A parent must be in the same project and, when the type names one, of the expected type. */
export async function checkParent(db: Queryable, scope: Scope, parentKey: string | null, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  if (parentId === selfId) throw fieldError("body.parentId", "An entity cannot be its own parent");
  const parentRow = await getEntity(db, scope.organizationId, scope.projectId, parentId);
  if (!parentRow) throw fieldError("body.parentId", "No entity of this project has this id");
  if (parentKey && parentRow.typeKey !== parentKey) throw fieldError("body.parentId", `The parent must be of type "${parentKey}", not "${parentRow.typeKey}"`);
  return parentRow;
}

export function duplicateCode(typeName: string, code: string) {
  return new AppError("conflict", 409, `A ${typeName.toLowerCase()} with code ${code} already exists in this project`, {
    errors: [{ path: "body.code", message: "This code is already used in this project" }],
  });
}

async function codeTaken(db: Queryable, scope: Scope, typeKey: string, code: string, exceptId?: string) {
  const [row] = await db
    .select({ id: entities.id })
    .from(entities)
    .where(
      and(eq(entities.organizationId, scope.organizationId), eq(entities.projectId, scope.projectId), eq(entities.typeKey, typeKey), eq(entities.code, code)),
    );
  return Boolean(row && row.id !== exceptId);
}

export function createEntity(db: Db, actor: Actor, scope: Scope, body: z.output<typeof createEntityBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await requireProject(tx, scope.organizationId, scope.projectId);
    const type = await requireEntityType(tx, scope, body.typeKey);
    await checkParent(tx, scope, type.parentKey, body.parentId);
    if (await codeTaken(tx, scope, body.typeKey, body.code)) throw duplicateCode(type.name, body.code);
    const custom = await customForCreate(tx, scope, body.typeKey, body.custom);
    const id = uuidv7();
    await tx.insert(entities).values({ ...scope, ...body, custom, parentId: body.parentId ?? null, id, createdBy: actor.userId, updatedBy: actor.userId });
    const row = (await getEntity(tx, scope.organizationId, scope.projectId, id)) as EntityRow;
    const after = presentEntity(row);
    record({ organizationId: scope.organizationId, recordType: "entity", recordId: id, action: "create", after, event: "entity.created" });
    await createTemplateTasks(tx, record, scope, actor.userId, [{ id, typeKey: body.typeKey }]);
    return after;
  });
}

type EntityFields = Partial<typeof entities.$inferInsert>;

async function changeEntity(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  version: number,
  change: (before: EntityRow, tx: Queryable) => Promise<{ fields: EntityFields; action?: "update" | "archive" | "restore"; parentCode?: string | null }>,
) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await getEntity(tx, scope.organizationId, scope.projectId, id);
    if (!before) throw notFound("Entity");
    const { fields, action, parentCode = before.parentCode } = await change(before, tx);
    return saveVersioned(tx, record, {
      table: entities,
      before,
      fields,
      version,
      actorId: actor.userId,
      present: (row) => presentEntity({ ...row, parentCode: row.parentId === before.parentId ? before.parentCode : parentCode }),
      recordType: "entity",
      action,
      event: "entity.updated",
    });
  });
}

export function updateEntity(db: Db, actor: Actor, scope: Scope, id: string, body: z.output<typeof updateEntityBody>) {
  const { version, custom, ...rest } = body;
  return changeEntity(db, actor, scope, id, version, async (before, tx) => {
    const fields: EntityFields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    let parentCode: string | null | undefined;
    if (fields.parentId !== undefined) {
      const type = await requireEntityType(tx, scope, before.typeKey);
      parentCode = (await checkParent(tx, scope, type.parentKey, fields.parentId, id))?.code ?? null;
    }
    if (fields.code && fields.code !== before.code && (await codeTaken(tx, scope, before.typeKey, fields.code, id)))
      throw duplicateCode(before.typeKey, fields.code);
    const frameIn = fields.frameIn === undefined ? before.frameIn : fields.frameIn;
    const frameOut = fields.frameOut === undefined ? before.frameOut : fields.frameOut;
    if (frameIn != null && frameOut != null && frameIn > frameOut) throw fieldError("body.frameOut", "Frame out is before frame in");
    const merged = await customForUpdate(tx, scope, before.typeKey, before.custom, custom);
    return { fields: merged ? { ...fields, custom: merged } : fields, parentCode };
  });
}

export function setEntityArchived(db: Db, actor: Actor, scope: Scope, id: string, version: number, archived: boolean) {
  return changeEntity(db, actor, scope, id, version, async (before) => {
    if (Boolean(before.archivedAt) === archived)
      throw new AppError("conflict", 409, archived ? "This entity is already archived" : "This entity is not archived");
    return { fields: { archivedAt: archived ? new Date() : null }, action: archived ? "archive" : "restore" };
  });
}
