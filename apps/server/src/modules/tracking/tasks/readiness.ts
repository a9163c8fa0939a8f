import type { TaskWarning } from "@backlot/contracts/tracking/tasks";
import { sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";

type Blocking = { id: string; name: string; code: string | null };

/**
 * Why a task is not ready to start (TRK-6): finish-to-start predecessors that are not approved,
 * and, for a shot or scene task, the gating tasks (task types marked "gates casting") of the
 * assets cast in it that are not approved.
 */
export async function readinessBlockers(db: Queryable, organizationId: string, taskId: string): Promise<TaskWarning[]> {
  const predecessors = await db.execute<Blocking>(sql`
    SELECT p.id, p.name, e.code
    FROM task_dependencies d
    JOIN tasks p ON p.organization_id = d.organization_id AND p.id = d.predecessor_id
    JOIN task_statuses s ON s.organization_id = p.organization_id AND s.id = p.status_id
    LEFT JOIN entities e ON e.organization_id = p.organization_id AND e.id = p.entity_id
    WHERE d.organization_id = ${organizationId} AND d.successor_id = ${taskId}
      AND p.archived_at IS NULL AND s.state <> 'approved'
    ORDER BY p.name`);
  const castAssets = await db.execute<Blocking>(sql`
    SELECT at.id, at.name, a.code
    FROM tasks t
    JOIN castings c ON c.organization_id = t.organization_id AND c.entity_id = t.entity_id
    JOIN entities a ON a.organization_id = c.organization_id AND a.id = c.asset_id
    JOIN tasks at ON at.organization_id = a.organization_id AND at.entity_id = a.id AND at.archived_at IS NULL
    JOIN task_types tt ON tt.organization_id = at.organization_id AND tt.id = at.task_type_id AND tt.gates_casting
    JOIN task_statuses s ON s.organization_id = at.organization_id AND s.id = at.status_id
    WHERE t.organization_id = ${organizationId} AND t.id = ${taskId} AND s.state <> 'approved'
    ORDER BY a.code, at.name`);
  const warnings: TaskWarning[] = [];
  const label = (r: Blocking) => (r.code ? `${r.code} ${r.name}` : r.name);
  if (predecessors.rows.length) {
    warnings.push({
      code: "predecessor_not_approved",
      message: `Waiting on ${predecessors.rows.map(label).join(", ")}: not approved yet`,
      taskIds: predecessors.rows.map((r) => r.id),
    });
  }
  if (castAssets.rows.length) {
    warnings.push({
      code: "cast_asset_not_approved",
      message: `Cast assets not approved yet: ${castAssets.rows.map(label).join(", ")}`,
      taskIds: castAssets.rows.map((r) => r.id),
    });
  }
  return warnings;
}
