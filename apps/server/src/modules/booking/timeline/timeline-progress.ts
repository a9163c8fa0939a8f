import type { Phase } from "@backlot/contracts/booking/timeline";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";
import { taskTypes } from "../../tracking/tracking.schema";
import type { TimelineScope } from "./timeline.repo";
import { sqlArray } from "../../../platform/db/sql-array";

type Counts = { task_type_id: string; approved: number; total: number };

/**
 * Phases that follow a task type get their progress from the project's live tasks of that type:
 * the share approved (BOOK-8 "progress", tied to what the artists actually finished). One
 * grouped read for all of them; the hand-set progress of the others is left as it is.
 */
export async function withTaskProgress(db: Queryable, scope: TimelineScope, phases: Phase[]): Promise<Phase[]> {
  const typeIds = [...new Set(phases.map((p) => p.taskTypeId).filter((id): id is string => id !== null))];
  if (typeIds.length === 0) return phases;
  const { rows } = await db.execute<Counts>(sql`
    SELECT t.task_type_id, count(*)::int AS total, count(*) FILTER (WHERE s.state = 'approved')::int AS approved
    FROM tasks t JOIN task_statuses s ON s.organization_id = t.organization_id AND s.id = t.status_id
    WHERE t.organization_id = ${scope.organizationId} AND t.project_id = ${scope.projectId} AND t.archived_at IS NULL
      AND t.task_type_id = ANY(${sqlArray(typeIds)}::uuid[])
    GROUP BY t.task_type_id`);
  const byType = new Map(rows.map((r) => [r.task_type_id, r]));
  return phases.map((phase) => {
    if (!phase.taskTypeId) return phase;
    const counts = byType.get(phase.taskTypeId) ?? { approved: 0, total: 0 };
    const progress = counts.total === 0 ? 0 : Math.floor((100 * counts.approved) / counts.total);
    return { ...phase, progress, tasks: { approved: counts.approved, total: counts.total } };
  });
}

/** A phase may only follow a task type of its own project. */
export async function requireProjectTaskType(db: Queryable, scope: TimelineScope, taskTypeId: string) {
  const [row] = await db
    .select({ id: taskTypes.id })
    .from(taskTypes)
    .where(and(eq(taskTypes.organizationId, scope.organizationId), eq(taskTypes.projectId, scope.projectId), eq(taskTypes.id, taskTypeId)));
  if (!row) throw fieldError("body.taskTypeId", "No task type of this project has this id");
}
