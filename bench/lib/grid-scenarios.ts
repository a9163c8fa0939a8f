/** The grid requests the benchmark measures, as an HTTP path and as the route's filter. */
import type pg from "pg";
import type { GridFilter } from "../../apps/server/src/modules/tracking/grid/grid.repo";
import type { TrackingProject } from "./tracking-setup";

export type GridScenario = {
  name: string;
  label: string;
  /** GET path with its query string, without the cursor. */
  path: string;
  /** What grid.routes.ts builds from that query string. */
  filter: GridFilter;
  after: [string, string] | null;
};

export const DEEP_ROW = 5000;

export async function gridScenarios(db: pg.Pool, project: TrackingProject): Promise<GridScenario[]> {
  const base = `/api/v1/organizations/${project.orgId}/projects/${project.projectId}/grid?type=shot&limit=200`;
  const shot: GridFilter = { typeKey: "shot", custom: [] };
  const review = project.statuses.find((s) => s.shortCode === "rev");
  if (!review) throw new Error("the template's 'rev' status is missing");
  // The busiest slot: the filter with the most matching tasks is the slowest one.
  const busiest = await db.query<{ slot_id: string; n: number }>(
    `SELECT slot_id, count(*)::int AS n FROM task_assignees a
     JOIN tasks t ON t.organization_id = a.organization_id AND t.id = a.task_id
     WHERE t.organization_id = $1 AND t.project_id = $2 GROUP BY slot_id ORDER BY n DESC LIMIT 1`,
    [project.orgId, project.projectId],
  );
  const top = busiest.rows[0];
  const slot = project.slots.find((s) => s.id === top?.slot_id);
  if (!top || !slot) throw new Error("no assigned slot");
  const { rows } = await db.query<{ code: string; id: string }>(
    `SELECT code, id FROM entities WHERE organization_id = $1 AND project_id = $2 AND type_key = 'shot' AND archived_at IS NULL
     ORDER BY code, id OFFSET $3 LIMIT 1`,
    [project.orgId, project.projectId, DEEP_ROW - 1],
  );
  const deep = rows[0];
  if (!deep) throw new Error("no deep-page row");
  return [
    { name: "page", label: "first page", path: base, filter: shot, after: null },
    {
      name: "status",
      label: "status = Pending review",
      path: `${base}&statusId=${review.id}`,
      filter: { ...shot, statusId: review.id },
      after: null,
    },
    {
      name: "assignee",
      label: `assignee = ${slot.displayName} (${top.n.toLocaleString("en")} tasks)`,
      path: `${base}&assigneeSlotId=${slot.id}`,
      filter: { ...shot, assigneeSlotId: slot.id },
      after: null,
    },
    {
      name: "custom",
      label: "custom complexity = hero",
      path: `${base}&custom=complexity:hero`,
      filter: { ...shot, custom: [{ complexity: "hero" }] },
      after: null,
    },
    { name: "deep", label: `page after row ${DEEP_ROW.toLocaleString("en")}`, path: base, filter: shot, after: [deep.code, deep.id] },
  ];
}
