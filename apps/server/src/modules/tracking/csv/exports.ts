import { stringify } from "csv-stringify/sync";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { selectEntities } from "../entities/entities.repo";
import { requireEntityType } from "../entities/entities.service";
import { listFieldDefinitions } from "../fields/fields.repo";
import { entities } from "../tracking.schema";
import { entityColumns } from "./entity-columns";

type Scope = { organizationId: string; projectId: string };

/** CSV with a BOM so spreadsheet apps read UTF-8 names ("Zoë") correctly. */
const toCsv = (rows: string[][]) => stringify(rows, { bom: true });

/** All live entities of one type, in the columns the import reads back. */
export async function exportEntities(db: Queryable, scope: Scope, typeKey: string): Promise<string> {
  const defs = await listFieldDefinitions(db, scope.organizationId, scope.projectId, { object: typeKey });
  const type = await requireEntityType(db, scope, typeKey, "querystring.type");
  const columns = entityColumns(typeKey, Boolean(type.parentKey), defs);
  const rows = await selectEntities(db)
    .where(
      and(
        eq(entities.organizationId, scope.organizationId),
        eq(entities.projectId, scope.projectId),
        eq(entities.typeKey, typeKey),
        isNull(entities.archivedAt),
      ),
    )
    .orderBy(asc(entities.code), asc(entities.id));
  return toCsv([["code", ...columns.map((c) => c.header)], ...rows.map((r) => [r.code, ...columns.map((c) => c.read(r))])]);
}

/** Every live task of the project with its entity, step, status code and assignee slots. */
export async function exportTasks(db: Queryable, scope: Scope): Promise<string> {
  const result = await db.execute<Record<string, string | null>>(sql`
    SELECT e.type_key, e.code AS entity_code, tt.name AS task_type, t.name, s.short_code AS status,
      coalesce((SELECT string_agg(rs.display_name, '; ' ORDER BY a.created_at, rs.display_name)
        FROM task_assignees a JOIN role_slots rs ON rs.organization_id = a.organization_id AND rs.id = a.slot_id
        WHERE a.organization_id = t.organization_id AND a.task_id = t.id), '') AS assignees,
      t.start_date::text, t.due_date::text, t.estimate_hours::text, t.priority::text
    FROM tasks t
    JOIN task_types tt ON tt.organization_id = t.organization_id AND tt.id = t.task_type_id
    JOIN task_statuses s ON s.organization_id = t.organization_id AND s.id = t.status_id
    LEFT JOIN entities e ON e.organization_id = t.organization_id AND e.id = t.entity_id
    WHERE t.organization_id = ${scope.organizationId} AND t.project_id = ${scope.projectId} AND t.archived_at IS NULL
    ORDER BY e.type_key, e.code, tt.sort_order, t.name`);
  const headers = ["entity_type", "entity_code", "task_type", "name", "status", "assignees", "start_date", "due_date", "estimate_hours", "priority"];
  const keys = ["type_key", "entity_code", "task_type", "name", "status", "assignees", "start_date", "due_date", "estimate_hours", "priority"];
  return toCsv([headers, ...result.rows.map((r) => keys.map((k) => r[k] ?? ""))]);
}

/** The breakdown: which assets appear in which shots or scenes, and how often. */
export async function exportCasting(db: Queryable, scope: Scope): Promise<string> {
  const result = await db.execute<Record<string, string>>(sql`
    SELECT e.type_key, e.code AS entity_code, a.code AS asset_code, c.occurrences::text
    FROM castings c
    JOIN entities e ON e.organization_id = c.organization_id AND e.id = c.entity_id
    JOIN entities a ON a.organization_id = c.organization_id AND a.id = c.asset_id
    WHERE c.organization_id = ${scope.organizationId} AND c.project_id = ${scope.projectId}
    ORDER BY e.type_key, e.code, a.code`);
  return toCsv([
    ["entity_type", "entity_code", "asset_code", "occurrences"],
    ...result.rows.map((r) => [r.type_key ?? "", r.entity_code ?? "", r.asset_code ?? "", r.occurrences ?? ""]),
  ]);
}
