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
    return {
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
  },
};
