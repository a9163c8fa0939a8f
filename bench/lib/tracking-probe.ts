/**
 * Checks that the bulk load writes what the API writes. In a second organization, a project set
 * up the same way gets one shot through POST …/entities (the template creates its 10 tasks) and
 * one of its tasks gets a PATCH (status, assignee, due date). Those rows are then compared,
 * column by column, with bulk-loaded rows of the same kind: same columns, same values except
 * for ids, codes, frames, the custom value, dates and timestamps.
 */
import type pg from "pg";
import { call } from "./backlot-server";
import type { TrackingProject } from "./tracking-setup";

const varying = {
  entities: ["organization_id", "id", "project_id", "parent_id", "code", "frame_in", "frame_out", "custom", "created_at", "updated_at"],
  tasks: ["organization_id", "id", "project_id", "entity_id", "task_type_id", "status_id", "due_date", "created_at", "updated_at"],
  task_assignees: ["organization_id", "task_id", "slot_id", "created_at"],
};

type Json = Record<string, unknown>;

function compare(kind: keyof typeof varying, api: Json | undefined, bulk: Json | undefined): string[] {
  if (!api || !bulk) return [`${kind}: a row is missing (api ${Boolean(api)}, bulk ${Boolean(bulk)})`];
  const problems: string[] = [];
  const keys = new Set([...Object.keys(api), ...Object.keys(bulk)]);
  for (const key of keys) {
    if (!(key in api) || !(key in bulk)) problems.push(`${kind}.${key}: only in ${key in api ? "api" : "bulk"} row`);
    else if (varying[kind].includes(key)) {
      if ((api[key] === null) !== (bulk[key] === null)) problems.push(`${kind}.${key}: null in one row only`);
    } else if (JSON.stringify(api[key]) !== JSON.stringify(bulk[key]))
      problems.push(`${kind}.${key}: api ${JSON.stringify(api[key])} ≠ bulk ${JSON.stringify(bulk[key])}`);
  }
  if (kind === "entities" && JSON.stringify(Object.keys(api.custom as Json)) !== JSON.stringify(Object.keys(bulk.custom as Json)))
    problems.push("entities.custom: different keys");
  return problems;
}

async function one(db: pg.Pool, sql: string, params: unknown[]): Promise<Json | undefined> {
  return (await db.query<{ j: Json }>(sql, params)).rows[0]?.j;
}

/** Returns the differences found (none means the bulk rows look exactly like the API's). */
export async function probeAgainstApi(base: string, token: string, db: pg.Pool, probe: TrackingProject, loaded: TrackingProject): Promise<string[]> {
  const auth = { authorization: `Bearer ${token}` };
  const p = `/api/v1/organizations/${probe.orgId}/projects/${probe.projectId}`;
  const seq = probe.sequences[0] as { id: string };
  const { json: shot } = await call<{ id: string }>(
    base,
    "POST",
    `${p}/entities`,
    { typeKey: "shot", code: "SQ010_0010", parentId: seq.id, frameIn: 1001, frameOut: 1100, custom: { complexity: "hard" } },
    auth,
    201,
  );
  const { json: list } = await call<{ items: { id: string; name: string; version: number }[] }>(
    base,
    "GET",
    `${p}/tasks?entityId=${shot.id}&limit=50`,
    undefined,
    auth,
    200,
  );
  if (list.items.length !== 10) return [`the API created ${list.items.length} tasks for a shot, not 10`];
  const comp = list.items.find((t) => t.name === "Compositing") as { id: string; version: number };
  const wip = probe.statuses.find((s) => s.shortCode === "wip")?.id;
  const compositor = probe.slots.find((s) => s.displayName === "Compositor 1")?.id;
  await call(base, "PATCH", `${p}/tasks/${comp.id}`, { version: comp.version, statusId: wip, assigneeSlotIds: [compositor], dueDate: "2027-02-01" }, auth, 200);
  const untouched = list.items.find((t) => t.name === "Lighting") as { id: string; name: string };

  const row = (table: string) => `SELECT to_jsonb(x) AS j FROM ${table} x WHERE organization_id = $1 AND `;
  const bulkShot = await one(db, `${row("entities")} project_id = $2 AND type_key = 'shot' AND custom ? 'complexity' LIMIT 1`, [
    loaded.orgId,
    loaded.projectId,
  ]);
  const bulkPatched = await one(
    db,
    `${row("tasks")} project_id = $2 AND name = 'Compositing' AND version = 2 AND due_date IS NOT NULL
       AND EXISTS (SELECT 1 FROM task_assignees a WHERE a.organization_id = x.organization_id AND a.task_id = x.id) LIMIT 1`,
    [loaded.orgId, loaded.projectId],
  );
  const wtg = loaded.statuses.find((s) => s.shortCode === "wtg")?.id;
  const bulkUntouched = await one(db, `${row("tasks")} project_id = $2 AND name = $3 AND status_id = $4 AND version = 1 LIMIT 1`, [
    loaded.orgId,
    loaded.projectId,
    untouched.name,
    wtg,
  ]);
  return [
    ...compare("entities", await one(db, `${row("entities")} id = $2`, [probe.orgId, shot.id]), bulkShot),
    ...compare("tasks", await one(db, `${row("tasks")} id = $2`, [probe.orgId, comp.id]), bulkPatched),
    ...compare("tasks", await one(db, `${row("tasks")} id = $2`, [probe.orgId, untouched.id]), bulkUntouched),
    ...compare(
      "task_assignees",
      await one(db, `${row("task_assignees")} task_id = $2`, [probe.orgId, comp.id]),
      await one(db, `${row("task_assignees")} task_id = $2`, [loaded.orgId, bulkPatched?.id]),
    ),
  ];
}
