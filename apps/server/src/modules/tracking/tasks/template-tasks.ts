import { and, eq, isNull } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { RecordChange } from "../../../platform/audit/changes";
import type { Queryable, Tx } from "../../../platform/db/pool";
import { taskStatuses, taskTypes, tasks } from "../tracking.schema";
import { presentTask } from "./tasks.presenter";

type Scope = { organizationId: string; projectId: string };

/** The status new tasks start in: the project's default, else its first by order. */
export async function defaultStatusId(db: Queryable, scope: Scope): Promise<string> {
  const rows = await db
    .select({ id: taskStatuses.id, isDefault: taskStatuses.isDefault })
    .from(taskStatuses)
    .where(and(eq(taskStatuses.organizationId, scope.organizationId), eq(taskStatuses.projectId, scope.projectId), isNull(taskStatuses.archivedAt)))
    .orderBy(taskStatuses.sortOrder);
  const status = rows.find((r) => r.isDefault) ?? rows[0];
  if (!status) throw new Error("project has no task status");
  return status.id;
}

/** Task types created automatically on each new entity of a type (TRK-10). */
export async function autoTaskTypes(db: Queryable, scope: Scope, typeKey: string) {
  return db
    .select({ id: taskTypes.id, name: taskTypes.name })
    .from(taskTypes)
    .where(
      and(
        eq(taskTypes.organizationId, scope.organizationId),
        eq(taskTypes.projectId, scope.projectId),
        eq(taskTypes.entityTypeKey, typeKey),
        eq(taskTypes.autoCreate, true),
        isNull(taskTypes.archivedAt),
      ),
    )
    .orderBy(taskTypes.sortOrder);
}

/** Creates the template tasks of newly created entities in one insert. */
export async function createTemplateTasks(
  tx: Tx,
  record: RecordChange,
  scope: Scope,
  actorId: string,
  created: { id: string; typeKey: string }[],
  cache: { status?: string; types: Map<string, { id: string; name: string }[]> } = { types: new Map() },
) {
  if (created.length === 0) return;
  cache.status ??= await defaultStatusId(tx, scope);
  const values = [];
  for (const entity of created) {
    let types = cache.types.get(entity.typeKey);
    if (!types) {
      types = await autoTaskTypes(tx, scope, entity.typeKey);
      cache.types.set(entity.typeKey, types);
    }
    for (const type of types) {
      values.push({
        ...scope,
        id: uuidv7(),
        entityId: entity.id,
        taskTypeId: type.id,
        statusId: cache.status,
        name: type.name,
        createdBy: actorId,
        updatedBy: actorId,
      });
    }
  }
  if (values.length === 0) return;
  const rows = await tx.insert(tasks).values(values).returning();
  for (const row of rows) {
    record({
      organizationId: scope.organizationId,
      recordType: "task",
      recordId: row.id,
      action: "create",
      after: presentTask(row, []),
      event: "task.created",
    });
  }
}
