import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { createEntity, createProject, gridTask } from "../../../../test/tracking-factories";

let t: TestApp;
let admin: TestUser;
let outsider: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  [admin, outsider] = [await signUp(t.app), await signUp(t.app)];
  orgId = (await createOrganization(t.app, admin)).id;
  await createOrganization(t.app, outsider);
});
afterAll(() => t.close());

describe("archived projects are read-only", () => {
  it("refuses every kind of write with 409 project_archived, reads still work, restore re-opens it", async () => {
    const call = as(t.app, admin);
    const p = await createProject(t.app, admin, orgId);
    const o = (path: string) => `/api/v1/organizations/${orgId}${path}`;
    const shot = await createEntity(t.app, admin, p.base, { typeKey: "shot", code: "SH010" });
    const asset = await createEntity(t.app, admin, p.base, { typeKey: "asset", code: "chr_ada" });
    const comp = await gridTask(t.app, admin, p.base, "SH010", p.taskType("Compositing"));
    const version = (await call({ method: "POST", url: o(`/tasks/${comp.id}/versions`), body: {} })).json();
    const playlist = (await call({ method: "POST", url: `${p.base}/playlists`, body: { name: "Dailies" } })).json();
    const comment = (await call({ method: "POST", url: o("/comments"), body: { recordType: "task", recordId: comp.id, body: "Looks good" } })).json();
    const archived = await call({ method: "POST", url: `${o(`/projects/${p.project.id}`)}/archive`, body: { version: p.project.version } });
    expect(archived.statusCode, archived.body).toBe(200);

    const writes = [
      { method: "PATCH", url: o(`/projects/${p.project.id}`), body: { version: archived.json().version, name: "Renamed" } },
      { method: "POST", url: `${p.base}/entities`, body: { typeKey: "shot", code: "SH020" } },
      { method: "PATCH", url: `${p.base}/entities/${shot.id}`, body: { version: shot.version, name: "Renamed" } },
      { method: "PATCH", url: `${p.base}/tasks/${comp.id}`, body: { version: comp.version, statusId: p.status("wip") } },
      { method: "PUT", url: `${p.base}/entities/${shot.id}/casting`, body: { assets: [{ assetId: asset.id, occurrences: 1 }] } },
      { method: "POST", url: `${p.base}/fields`, body: { object: "shot", key: "mood", label: "Mood", fieldType: "text" } },
      { method: "POST", url: `${p.base}/imports/entities`, body: { csv: "code\nSH030\n", type: "shot", dryRun: false } },
      { method: "POST", url: `${p.base}/slots`, body: { role: "Artist", displayName: "Comp 9" } },
      { method: "POST", url: `${p.base}/task-types`, body: { name: "Paint", entityTypeKey: "shot" } },
      { method: "POST", url: o(`/tasks/${comp.id}/versions`), body: {} },
      { method: "PATCH", url: o(`/versions/${version.id}`), body: { version: version.version, description: "Late change" } },
      { method: "POST", url: `${p.base}/playlists`, body: { name: "More dailies" } },
      { method: "PATCH", url: o(`/playlists/${playlist.id}`), body: { version: playlist.version, name: "Renamed" } },
      { method: "POST", url: o("/comments"), body: { recordType: "task", recordId: comp.id, body: "One more note" } },
      { method: "DELETE", url: o(`/comments/${comment.id}`) },
      { method: "POST", url: o("/time-logs"), body: { taskId: comp.id, day: "2026-11-20", minutes: 60 } },
    ] as const;
    for (const write of writes) {
      const res = await call(write);
      expectProblem(res, 409, "project_archived");
      expect(res.json().detail, `${write.method} ${write.url}`).toContain("archived");
    }
    // Outside the organization it is still a 404, archived or not.
    expectProblem(await as(t.app, outsider)(writes[1]), 404, "not_found");
    // Reads work.
    expect((await call({ method: "GET", url: `${p.base}/grid?type=shot` })).json().total).toBe(1);
    expect((await call({ method: "GET", url: `${p.base}/export/entities.csv?type=shot` })).statusCode).toBe(200);

    const restored = await call({ method: "POST", url: `${o(`/projects/${p.project.id}`)}/restore`, body: { version: archived.json().version } });
    expect(restored.statusCode, restored.body).toBe(200);
    expect((await call(writes[1])).statusCode).toBe(201);
  });
});
