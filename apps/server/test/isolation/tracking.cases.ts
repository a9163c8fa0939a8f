import { expect } from "vitest";
import { as, createPerson } from "../factories";
import type { IsolationCases } from "./isolation-cases";

/** Tracking routes: projects, project configuration and role slots. */
export const trackingCases: IsolationCases = {
  async setup({ app, owner, orgId }) {
    const call = as(app, owner);
    const project = (
      await call({ method: "POST", url: `/api/v1/organizations/${orgId}/projects`, body: { name: "Isolated", code: "ISO", kind: "vfx", template: "vfx" } })
    ).json();
    const config = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/projects/${project.id}/config` })).json();
    const slots = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/projects/${project.id}/slots` })).json();
    const person = await createPerson(app, owner, orgId, { displayName: "Slot Filler" });
    const base = `/api/v1/organizations/${orgId}/projects/${project.id}`;
    const field = (await call({ method: "POST", url: `${base}/fields`, body: { object: "shot", key: "tier", label: "Tier", fieldType: "text" } })).json();
    const shot = (await call({ method: "POST", url: `${base}/entities`, body: { typeKey: "shot", code: "SH010" } })).json();
    const asset = (await call({ method: "POST", url: `${base}/entities`, body: { typeKey: "asset", code: "prp_key" } })).json();
    const tasks = (await call({ method: "GET", url: `${base}/tasks?entityId=${shot.id}` })).json();
    await call({ method: "POST", url: `${base}/tasks/${tasks.items[1].id}/dependencies`, body: { predecessorId: tasks.items[0].id } });
    const imported = (await call({ method: "POST", url: `${base}/imports/entities`, body: { csv: "code\nSH500\n", type: "shot", dryRun: false } })).json();
    return {
      importId: imported.importId,
      fieldId: field.id,
      shotId: shot.id,
      assetId: asset.id,
      taskId: tasks.items[1].id,
      predecessorId: tasks.items[0].id,
      projectId: project.id,
      entityTypeId: config.entityTypes[0].id,
      taskTypeId: config.taskTypes[0].id,
      statusId: config.statuses[0].id,
      slotId: slots.items[0].id,
      slotPersonId: person.id,
    };
  },
  requests: (v) => {
    const p = `/api/v1/organizations/${v.orgId}/projects`;
    const pp = `${p}/${v.projectId}`;
    return {
      "GET /api/v1/organizations/{orgId}/projects": () => ({ url: p }),
      "POST /api/v1/organizations/{orgId}/projects": () => ({ url: p, body: { name: "Planted", code: "PLT", kind: "vfx" } }),
      "GET /api/v1/organizations/{orgId}/projects/{id}": () => ({ url: pp }),
      "PATCH /api/v1/organizations/{orgId}/projects/{id}": () => ({ url: pp, body: { version: 1, name: "Taken" } }),
      "POST /api/v1/organizations/{orgId}/projects/{id}/archive": () => ({ url: `${pp}/archive`, body: { version: 1 } }),
      "POST /api/v1/organizations/{orgId}/projects/{id}/restore": () => ({ url: `${pp}/restore`, body: { version: 1 } }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/config": () => ({ url: `${pp}/config` }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/entity-types": () => ({ url: `${pp}/entity-types`, body: { key: "planted", name: "Planted" } }),
      "PATCH /api/v1/organizations/{orgId}/projects/{projectId}/entity-types/{id}": () => ({
        url: `${pp}/entity-types/${v.entityTypeId}`,
        body: { version: 1, name: "Taken" },
      }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/task-types": () => ({
        url: `${pp}/task-types`,
        body: { name: "Planted", entityTypeKey: "shot" },
      }),
      "PATCH /api/v1/organizations/{orgId}/projects/{projectId}/task-types/{id}": () => ({
        url: `${pp}/task-types/${v.taskTypeId}`,
        body: { version: 1, name: "Taken" },
      }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/statuses": () => ({
        url: `${pp}/statuses`,
        body: { name: "Planted", shortCode: "plt", state: "in_progress", color: "#000000" },
      }),
      "PATCH /api/v1/organizations/{orgId}/projects/{projectId}/statuses/{id}": () => ({
        url: `${pp}/statuses/${v.statusId}`,
        body: { version: 1, name: "Taken" },
      }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/slots": () => ({ url: `${pp}/slots` }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/slots/credits.csv": () => ({ url: `${pp}/slots/credits.csv` }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/slots": () => ({ url: `${pp}/slots`, body: { role: "Mole", displayName: "Mole" } }),
      "PATCH /api/v1/organizations/{orgId}/projects/{projectId}/slots/{id}": () => ({
        url: `${pp}/slots/${v.slotId}`,
        body: { version: 1, personId: v.slotPersonId },
      }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/fields": () => ({ url: `${pp}/fields` }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/fields": () => ({
        url: `${pp}/fields`,
        body: { object: "shot", key: "planted", label: "P", fieldType: "text" },
      }),
      "PATCH /api/v1/organizations/{orgId}/projects/{projectId}/fields/{id}": () => ({
        url: `${pp}/fields/${v.fieldId}`,
        body: { version: 1, label: "Taken" },
      }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/entities": () => ({ url: `${pp}/entities` }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/entities": () => ({ url: `${pp}/entities`, body: { typeKey: "shot", code: "PLANTED" } }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/entities/{id}": () => ({ url: `${pp}/entities/${v.shotId}` }),
      "PATCH /api/v1/organizations/{orgId}/projects/{projectId}/entities/{id}": () => ({
        url: `${pp}/entities/${v.shotId}`,
        body: { version: 1, name: "Taken" },
      }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/entities/{id}/archive": () => ({
        url: `${pp}/entities/${v.shotId}/archive`,
        body: { version: 1 },
      }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/entities/{id}/restore": () => ({
        url: `${pp}/entities/${v.shotId}/restore`,
        body: { version: 1 },
      }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/entities/{id}/casting": () => ({ url: `${pp}/entities/${v.shotId}/casting` }),
      "PUT /api/v1/organizations/{orgId}/projects/{projectId}/entities/{id}/casting": () => ({
        url: `${pp}/entities/${v.shotId}/casting`,
        body: { assets: [{ assetId: v.assetId, occurrences: 3 }] },
      }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/casting": () => ({ url: `${pp}/casting` }),
      "GET /api/v1/organizations/{orgId}/tasks": () => ({ url: `/api/v1/organizations/${v.orgId}/tasks` }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/tasks": () => ({ url: `${pp}/tasks` }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/tasks": () => ({ url: `${pp}/tasks`, body: { taskTypeId: v.taskTypeId, name: "Planted" } }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/tasks/bulk": () => ({
        url: `${pp}/tasks/bulk`,
        body: { tasks: [{ id: v.taskId, version: 1 }], changes: { statusId: v.statusId } },
      }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/tasks/{id}": () => ({ url: `${pp}/tasks/${v.taskId}` }),
      "PATCH /api/v1/organizations/{orgId}/projects/{projectId}/tasks/{id}": () => ({ url: `${pp}/tasks/${v.taskId}`, body: { version: 1, priority: 3 } }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/tasks/{id}/archive": () => ({ url: `${pp}/tasks/${v.taskId}/archive`, body: { version: 1 } }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/tasks/{id}/restore": () => ({ url: `${pp}/tasks/${v.taskId}/restore`, body: { version: 1 } }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/tasks/{id}/readiness": () => ({ url: `${pp}/tasks/${v.taskId}/readiness` }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/dependencies": () => ({ url: `${pp}/dependencies` }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/tasks/{id}/dependencies": () => ({ url: `${pp}/tasks/${v.taskId}/dependencies` }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/tasks/{id}/dependencies": () => ({
        url: `${pp}/tasks/${v.predecessorId}/dependencies`,
        body: { predecessorId: v.taskId },
      }),
      "DELETE /api/v1/organizations/{orgId}/projects/{projectId}/tasks/{id}/dependencies/{predecessorId}": () => ({
        url: `${pp}/tasks/${v.taskId}/dependencies/${v.predecessorId}`,
      }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/grid": () => ({ url: `${pp}/grid` }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/export/entities.csv": () => ({ url: `${pp}/export/entities.csv?type=shot` }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/export/tasks.csv": () => ({ url: `${pp}/export/tasks.csv` }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/export/casting.csv": () => ({ url: `${pp}/export/casting.csv` }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/imports/entities": () => ({
        url: `${pp}/imports/entities`,
        body: { csv: "code\nPLANTED\n", type: "shot", dryRun: false },
      }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/imports/tasks": () => ({
        url: `${pp}/imports/tasks`,
        body: { csv: "entity_type,entity_code,task_type,priority\nshot,SH010,Roto,3\n", dryRun: false },
      }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/imports/casting": () => ({
        url: `${pp}/imports/casting`,
        body: { csv: "entity_code,asset_code\nSH010,prp_key\n", dryRun: false },
      }),
      "GET /api/v1/organizations/{orgId}/projects/{projectId}/imports": () => ({ url: `${pp}/imports` }),
      "POST /api/v1/organizations/{orgId}/projects/{projectId}/imports/{id}/undo": () => ({ url: `${pp}/imports/${v.importId}/undo` }),
    };
  },
  async verifyUnchanged({ app, owner, orgId }, ids) {
    const call = as(app, owner);
    const projects = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/projects?status=all` })).json();
    // Other modules' cases add projects of their own to the same organization.
    const seen = projects.items.map((p: { name: string; version: number }) => [p.name, p.version]);
    expect(seen).toContainEqual(["Isolated", 1]);
    expect(seen.filter(([name, version]: [string, number]) => name === "Planted" || version !== 1)).toEqual([]);
    const config = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/projects/${ids.projectId}/config` })).json();
    for (const list of [config.entityTypes, config.taskTypes, config.statuses]) {
      expect(list.every((r: { version: number; name: string }) => r.version === 1 && r.name !== "Planted")).toBe(true);
    }
    const slots = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/projects/${ids.projectId}/slots` })).json();
    expect(slots.items.every((s: { version: number; personId: string | null }) => s.version === 1 && s.personId === null)).toBe(true);
    const base = `/api/v1/organizations/${orgId}/projects/${ids.projectId}`;
    const grid = (await call({ method: "GET", url: `${base}/grid` })).json();
    // The grid lists live (unarchived) entities only: both still there, both unchanged.
    expect(grid.rows.map((r: { code: string; version: number }) => [r.code, r.version])).toEqual([
      ["SH010", 1],
      ["SH500", 1],
    ]);
    const task = (await call({ method: "GET", url: `${base}/tasks/${ids.taskId}` })).json();
    expect(task).toMatchObject({ version: 1, priority: 0, archivedAt: null });
    const deps = (await call({ method: "GET", url: `${base}/tasks/${ids.taskId}/dependencies` })).json();
    expect(deps.items).toHaveLength(1);
    const casting = (await call({ method: "GET", url: `${base}/casting` })).json();
    expect(casting.items).toEqual([]);
    const fields = (await call({ method: "GET", url: `${base}/fields` })).json();
    expect(fields.items.map((f: { key: string; label: string }) => [f.key, f.label])).toEqual([["tier", "Tier"]]);
  },
};
