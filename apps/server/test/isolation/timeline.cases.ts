import { expect } from "vitest";
import { as } from "../factories";
import type { IsolationCases } from "./isolation-cases";

/** Project timeline routes (BOOK-8): phases, milestones, links between phases. */
export const timelineCases: IsolationCases = {
  async setup({ app, owner, orgId }) {
    const call = as(app, owner);
    const post = async (url: string, body: unknown) => {
      const res = await call({ method: "POST", url: `/api/v1/organizations/${orgId}${url}`, body });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json();
    };
    const project = await post("/projects", { name: "Timelined", code: "TML", kind: "vfx" });
    const base = `/projects/${project.id}/timeline`;
    const prep = await post(`${base}/phases`, { name: "Prep", startDate: "2026-03-02", endDate: "2026-03-06" });
    const shoot = await post(`${base}/phases`, { name: "Shoot", startDate: "2026-03-09", endDate: "2026-03-13" });
    const link = await post(`${base}/dependencies`, { predecessorId: prep.id, successorId: shoot.id });
    const milestone = await post(`${base}/milestones`, { name: "Wrap", date: "2026-03-13", phaseId: shoot.id });
    return { timelineProjectId: project.id, prepId: prep.id, shootId: shoot.id, linkId: link.id, milestoneId: milestone.id };
  },
  requests: (v) => {
    const base = `/api/v1/organizations/${v.orgId}/projects/${v.timelineProjectId}/timeline`;
    const path = "/api/v1/organizations/{orgId}/projects/{projectId}/timeline";
    return {
      [`GET ${path}`]: () => ({ url: base }),
      [`POST ${path}/phases`]: () => ({ url: `${base}/phases`, body: { name: "Planted", startDate: "2026-03-02", endDate: "2026-03-03" } }),
      [`PATCH ${path}/phases/{id}`]: () => ({ url: `${base}/phases/${v.prepId}`, body: { version: 1, endDate: "2026-03-20", cascade: "move" } }),
      [`DELETE ${path}/phases/{id}`]: () => ({ url: `${base}/phases/${v.shootId}` }),
      [`POST ${path}/milestones`]: () => ({ url: `${base}/milestones`, body: { name: "Planted", date: "2026-03-02" } }),
      [`PATCH ${path}/milestones/{id}`]: () => ({ url: `${base}/milestones/${v.milestoneId}`, body: { version: 1, done: true } }),
      [`DELETE ${path}/milestones/{id}`]: () => ({ url: `${base}/milestones/${v.milestoneId}` }),
      [`POST ${path}/dependencies`]: () => ({ url: `${base}/dependencies`, body: { predecessorId: v.shootId, successorId: v.prepId } }),
      [`DELETE ${path}/dependencies/{id}`]: () => ({ url: `${base}/dependencies/${v.linkId}` }),
    };
  },
  async verifyUnchanged({ app, owner, orgId }, ids) {
    const res = await as(app, owner)({ method: "GET", url: `/api/v1/organizations/${orgId}/projects/${ids.timelineProjectId}/timeline` });
    const { phases, milestones, dependencies } = res.json();
    expect(phases.map((p: { name: string; endDate: string; version: number }) => [p.name, p.endDate, p.version])).toEqual([
      ["Prep", "2026-03-06", 1],
      ["Shoot", "2026-03-13", 1],
    ]);
    expect(milestones.map((m: { name: string; done: boolean; version: number }) => [m.name, m.done, m.version])).toEqual([["Wrap", false, 1]]);
    expect(dependencies.map((d: { id: string }) => d.id)).toEqual([ids.linkId]);
  },
};
