import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";
import { entities, roleSlots, taskStatuses, taskTypes } from "../tracking.schema";

type Scope = { organizationId: string; projectId: string };
export type TaskRefs = { statusId?: string; taskTypeId?: string; entityId?: string | null; assigneeSlotIds?: string[] };

/** Every id a task points at must belong to the same project; otherwise a 400 names the field. */
export async function checkTaskRefs(db: Queryable, scope: Scope, refs: TaskRefs, path = "body") {
  const { organizationId, projectId } = scope;
  if (refs.statusId) {
    const [s] = await db
      .select({ id: taskStatuses.id })
      .from(taskStatuses)
      .where(and(eq(taskStatuses.organizationId, organizationId), eq(taskStatuses.projectId, projectId), eq(taskStatuses.id, refs.statusId)));
    if (!s) throw fieldError(`${path}.statusId`, "No status of this project has this id");
  }
  if (refs.taskTypeId) {
    const [t] = await db
      .select({ id: taskTypes.id })
      .from(taskTypes)
      .where(and(eq(taskTypes.organizationId, organizationId), eq(taskTypes.projectId, projectId), eq(taskTypes.id, refs.taskTypeId)));
    if (!t) throw fieldError(`${path}.taskTypeId`, "No task type of this project has this id");
  }
  if (refs.entityId) {
    const [e] = await db
      .select({ id: entities.id })
      .from(entities)
      .where(and(eq(entities.organizationId, organizationId), eq(entities.projectId, projectId), eq(entities.id, refs.entityId)));
    if (!e) throw fieldError(`${path}.entityId`, "No entity of this project has this id");
  }
  const slotIds = refs.assigneeSlotIds ?? [];
  if (new Set(slotIds).size !== slotIds.length) throw fieldError(`${path}.assigneeSlotIds`, "A slot is listed twice");
  if (slotIds.length) {
    const found = await db
      .select({ id: roleSlots.id })
      .from(roleSlots)
      .where(
        and(eq(roleSlots.organizationId, organizationId), eq(roleSlots.projectId, projectId), isNull(roleSlots.archivedAt), inArray(roleSlots.id, slotIds)),
      );
    const foundIds = new Set(found.map((f) => f.id));
    const missing = slotIds.findIndex((id) => !foundIds.has(id));
    if (missing >= 0) throw fieldError(`${path}.assigneeSlotIds.${missing}`, "No active role slot of this project has this id");
  }
}

/** The semantic state of a status, for readiness and review rules. */
export async function statusState(db: Queryable, organizationId: string, statusId: string): Promise<string | null> {
  const [s] = await db
    .select({ state: taskStatuses.state })
    .from(taskStatuses)
    .where(and(eq(taskStatuses.organizationId, organizationId), eq(taskStatuses.id, statusId)));
  return s?.state ?? null;
}
