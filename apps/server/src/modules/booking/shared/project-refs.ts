import { type SQL, sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";

export type ProjectRefs = { projectId: string; roleSlotId?: string | null; taskId?: string | null; requirementId?: string | null };
export type ProjectInfo = { name: string; code: string; archived: boolean };

export type RefsRow = { project: ProjectInfo | null; slot_project: string | null; task_project: string | null; requirement_project: string | null };

/**
 * What a booking points at, as columns to add to a statement (it is on the create path, so it
 * rides along with the bookable's lookup): the project, and the projects of the role slot, task
 * and staffing requirement. Reads tracking's tables directly rather than through service calls,
 * for that reason.
 */
export function refsColumns(organizationId: string, refs: ProjectRefs): SQL {
  return sql`
    (SELECT json_build_object('name', name, 'code', code, 'archived', archived_at IS NOT NULL)
       FROM projects WHERE organization_id = ${organizationId} AND id = ${refs.projectId}) AS project,
    (SELECT project_id FROM role_slots WHERE organization_id = ${organizationId} AND id = ${refs.roleSlotId ?? null}::uuid) AS slot_project,
    (SELECT project_id FROM tasks WHERE organization_id = ${organizationId} AND id = ${refs.taskId ?? null}::uuid) AS task_project,
    (SELECT project_id FROM staffing_requirements
       WHERE organization_id = ${organizationId} AND id = ${refs.requirementId ?? null}::uuid) AS requirement_project`;
}

/** The project, once the role slot, task and staffing requirement (when given) are known to belong to it. */
export function checkRefsRow(row: RefsRow, refs: ProjectRefs, path = "body"): ProjectInfo {
  if (!row.project) throw fieldError(`${path}.projectId`, "No project in this organization has this id");
  const belongs = (given: string | null | undefined, found: string | null, field: string, what: string) => {
    if (given && found !== refs.projectId) throw fieldError(`${path}.${field}`, `No ${what} of this project has this id`);
  };
  belongs(refs.roleSlotId, row.slot_project, "roleSlotId", "role slot");
  belongs(refs.taskId, row.task_project, "taskId", "task");
  belongs(refs.requirementId, row.requirement_project, "requirementId", "staffing requirement");
  return row.project;
}

export async function checkProjectRefs(db: Queryable, organizationId: string, refs: ProjectRefs, path = "body"): Promise<ProjectInfo> {
  const result = await db.execute<RefsRow>(sql`SELECT ${refsColumns(organizationId, refs)}`);
  return checkRefsRow(result.rows[0] as RefsRow, refs, path);
}
