import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { containsPattern } from "../../../platform/db/keyset";
import type { Queryable } from "../../../platform/db/pool";
import { assigneeIds } from "../tasks/tasks.repo";
import { entities, taskAssignees, tasks } from "../tracking.schema";

export type GridFilter = {
  typeKey: string;
  q?: string;
  parentId?: string;
  statusId?: string;
  taskTypeId?: string;
  assigneeSlotId?: string;
  tag?: string;
  /** JSONB containment documents, one per custom filter: {"key": value}. */
  custom: Record<string, unknown>[];
};

/** The WHERE clause shared by the page and its total. */
function gridWhere(organizationId: string, projectId: string, f: GridFilter): SQL | undefined {
  const pattern = f.q ? containsPattern(f.q) : null;
  // A task is always in its entity's project (task-refs.ts). Saying so lets PostgreSQL find the
  // matching tasks through the project's indexes (tasks_project_status_idx) instead of reading
  // every task of the organization to count the entities that have one.
  const taskMatch = (extra: SQL) =>
    sql`EXISTS (SELECT 1 FROM ${tasks} WHERE ${tasks.organizationId} = ${entities.organizationId} AND ${tasks.projectId} = ${entities.projectId}
      AND ${tasks.entityId} = ${entities.id} AND ${tasks.archivedAt} IS NULL AND ${extra})`;
  return and(
    eq(entities.organizationId, organizationId),
    eq(entities.projectId, projectId),
    eq(entities.typeKey, f.typeKey),
    isNull(entities.archivedAt),
    f.parentId ? eq(entities.parentId, f.parentId) : undefined,
    pattern ? or(ilike(entities.code, pattern), ilike(entities.name, pattern)) : undefined,
    f.tag ? sql`${entities.tags} @> ARRAY[${f.tag}]::text[]` : undefined,
    f.statusId ? taskMatch(and(eq(tasks.statusId, f.statusId), f.taskTypeId ? eq(tasks.taskTypeId, f.taskTypeId) : undefined) as SQL) : undefined,
    f.assigneeSlotId
      ? taskMatch(
          sql`EXISTS (SELECT 1 FROM ${taskAssignees} WHERE ${taskAssignees.organizationId} = ${tasks.organizationId} AND ${taskAssignees.taskId} = ${tasks.id} AND ${taskAssignees.slotId} = ${f.assigneeSlotId})`,
        )
      : undefined,
    ...f.custom.map((doc) => sql`${entities.custom} @> ${JSON.stringify(doc)}::jsonb`),
  );
}

export async function gridTotal(db: Queryable, organizationId: string, projectId: string, f: GridFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(entities)
    .where(gridWhere(organizationId, projectId, f));
  return row?.n ?? 0;
}

const parent = alias(entities, "parent");

/** Only the entity columns a grid row carries (gridRowSchema): each is read, parsed and sent 200 times a page. */
const rowColumns = {
  id: entities.id,
  code: entities.code,
  name: entities.name,
  parentCode: parent.code,
  assetType: entities.assetType,
  frameIn: entities.frameIn,
  frameOut: entities.frameOut,
  custom: entities.custom,
  version: entities.version,
};

/** One page of grid rows: entities by code, then all their live tasks in one query. */
export async function gridPage(db: Queryable, organizationId: string, projectId: string, f: GridFilter, limit: number, after: [string, string] | null) {
  const rows = await db
    .select(rowColumns)
    .from(entities)
    .leftJoin(parent, and(eq(parent.organizationId, entities.organizationId), eq(parent.id, entities.parentId)))
    .where(
      and(
        gridWhere(organizationId, projectId, f),
        // A row comparison is an index bound on (…, code, id); the equivalent OR only filters, so a
        // deep page would read and drop every row before the cursor.
        after ? sql`(${entities.code}, ${entities.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(entities.code), asc(entities.id))
    .limit(limit + 1);
  const ids = rows.slice(0, limit).map((r) => r.id);
  const cells = ids.length
    ? await db
        .select({
          id: tasks.id,
          entityId: tasks.entityId,
          taskTypeId: tasks.taskTypeId,
          statusId: tasks.statusId,
          version: tasks.version,
          assigneeSlotIds: assigneeIds,
        })
        .from(tasks)
        .where(and(eq(tasks.organizationId, organizationId), inArray(tasks.entityId, ids), isNull(tasks.archivedAt)))
    : [];
  return { rows, cells };
}
