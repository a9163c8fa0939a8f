import { and, asc, count, eq, ilike, isNull, or, type SQL, sql } from "drizzle-orm";
import { containsPattern } from "../../../platform/db/keyset";
import type { Queryable } from "../../../platform/db/pool";
import { selectEntities } from "../entities/entities.repo";
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

/** One grid cell as the page's tasks query returns it. */
export type GridTaskCell = {
  id: string;
  entityId: string;
  taskTypeId: string;
  statusId: string;
  dueDate: string | null;
  version: number;
  assigneeSlotIds: string[];
};

/**
 * The live tasks of the page's entities as one JSON array built by PostgreSQL. A 200-shot page
 * has 2,000 tasks: one JSON value (parsed natively by JSON.parse) costs the Node process far less
 * than 2,000 protocol rows mapped one by one, and Node is what limits the grid (bench/RESULTS.md).
 * The tables are named in the text on purpose: Drizzle writes the columns of a select-list sql``
 * without their table in a single-table select, which turned tasks.repo.ts's assigneeIds into
 * `"organization_id" = "organization_id"` and a scan of task_assignees per task.
 */
async function pageCells(db: Queryable, organizationId: string, entityIds: string[]): Promise<GridTaskCell[]> {
  const result = await db.execute<{ cells: GridTaskCell[] }>(sql`
    SELECT coalesce(json_agg(json_build_object(
      'id', t.id, 'entityId', t.entity_id, 'taskTypeId', t.task_type_id, 'statusId', t.status_id, 'dueDate', t.due_date, 'version', t.version,
      'assigneeSlotIds', coalesce((
        SELECT json_agg(ta.slot_id ORDER BY ta.created_at, ta.slot_id) FROM ${taskAssignees} ta
        WHERE ta.organization_id = t.organization_id AND ta.task_id = t.id), '[]'::json))), '[]'::json) AS cells
    FROM ${tasks} t
    WHERE t.organization_id = ${organizationId} AND t.entity_id IN ${entityIds} AND t.archived_at IS NULL`);
  return result.rows[0]?.cells ?? [];
}

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

/** One page of grid rows: entities by code, then all their live tasks in one query. */
export async function gridPage(db: Queryable, organizationId: string, projectId: string, f: GridFilter, limit: number, after: [string, string] | null) {
  const rows = await selectEntities(db)
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
  const cells = ids.length ? await pageCells(db, organizationId, ids) : [];
  return { rows, cells };
}
