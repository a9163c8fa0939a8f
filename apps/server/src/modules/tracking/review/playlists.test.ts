import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createVfxProject, createShotTask } from "../../../../test/review-fixtures";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let manager: TestUser;
let artist: TestUser;
let outsider: TestUser;
let orgId: string;
let projectId: string;
let versionIds: string[];
let foreignVersionId: string;

beforeAll(async () => {
  t = await createTestApp();
  [manager, artist, outsider] = [await signUp(t.app), await signUp(t.app), await signUp(t.app)];
  orgId = (await createOrganization(t.app, manager)).id;
  await addMember(t.app, manager, orgId, artist, "member");
  const setup = await createVfxProject(t.app, manager, orgId);
  projectId = setup.project.id;
  versionIds = [];
  for (const code of ["SH010", "SH020", "SH030", "SH040"]) {
    const { taskId } = await createShotTask(t.app, manager, orgId, setup, code);
    versionIds.push((await as(t.app, artist)({ method: "POST", url: o(`/tasks/${taskId}/versions`), body: {} })).json().id);
  }
  const second = await createVfxProject(t.app, manager, orgId);
  const { taskId } = await createShotTask(t.app, manager, orgId, second, "X010");
  foreignVersionId = (await as(t.app, artist)({ method: "POST", url: o(`/tasks/${taskId}/versions`), body: {} })).json().id;
});
afterAll(() => t.close());

function o(p: string) {
  return `/api/v1/organizations/${orgId}${p}`;
}
const codes = (detail: { items: { entityCode: string }[] }) => detail.items.map((v) => v.entityCode);
const create = (body: Record<string, unknown>) => as(t.app, manager)({ method: "POST", url: o(`/projects/${projectId}/playlists`), body });

describe("playlists", () => {
  it("creates dailies with versions in order, appends (ignoring repeats), removes and reorders", async () => {
    const res = await create({ name: "Dailies 03-02", reviewDate: "2026-03-02", versionIds: [versionIds[1], versionIds[0]] });
    expect(res.statusCode, res.body).toBe(201);
    const playlist = res.json();
    expect([playlist.itemCount, codes(playlist), playlist.version]).toEqual([2, ["SH020", "SH010"], 1]);
    const call = as(t.app, manager);
    const added = (
      await call({ method: "POST", url: o(`/playlists/${playlist.id}/items`), body: { versionIds: [versionIds[0], versionIds[2], versionIds[3]] } })
    ).json();
    expect([codes(added), added.version]).toEqual([["SH020", "SH010", "SH030", "SH040"], 2]);
    const removed = (await call({ method: "DELETE", url: o(`/playlists/${playlist.id}/items/${versionIds[0]}`) })).json();
    expect(codes(removed)).toEqual(["SH020", "SH030", "SH040"]);
    const order = [versionIds[3], versionIds[1], versionIds[2]];
    const reordered = (await call({ method: "PUT", url: o(`/playlists/${playlist.id}/items`), body: { versionIds: order } })).json();
    expect([codes(reordered), reordered.version]).toEqual([["SH040", "SH020", "SH030"], 4]);
    expect(codes((await as(t.app, artist)({ method: "GET", url: o(`/playlists/${playlist.id}`) })).json())).toEqual(["SH040", "SH020", "SH030"]);
    expectProblem(await call({ method: "DELETE", url: o(`/playlists/${playlist.id}/items/${versionIds[0]}`) }), 404, "not_found");
  });

  it("refuses a reorder that does not name exactly the playlist's versions (409 with the current list)", async () => {
    const playlist = (await create({ name: "Reorder", versionIds: versionIds.slice(0, 2) })).json();
    const res = await as(t.app, manager)({ method: "PUT", url: o(`/playlists/${playlist.id}/items`), body: { versionIds: [versionIds[0]] } });
    expectProblem(res, 409, "conflict");
    expect(codes(res.json().current)).toEqual(["SH010", "SH020"]);
    const twice = await as(t.app, manager)({ method: "PUT", url: o(`/playlists/${playlist.id}/items`), body: { versionIds: [versionIds[0], versionIds[0]] } });
    expect(twice.json().errors[0].path).toBe("body.versionIds");
  });

  it("keeps a playlist to its own project's versions and validates input", async () => {
    const res = await create({ name: "Mixed", versionIds: [versionIds[0], foreignVersionId] });
    expectProblem(res, 400, "validation_failed");
    expect(res.json().errors).toEqual([{ path: "body.versionIds", message: "Every version must be a version of this playlist's project" }]);
    const bad = await create({ name: "", reviewDate: "2026-02-30" });
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.name", "body.reviewDate"]);
  });

  it("renames, archives and restores with versions; lists open or archived playlists", async () => {
    const playlist = (await create({ name: "Old dailies" })).json();
    const call = as(t.app, manager);
    const archived = (await call({ method: "PATCH", url: o(`/playlists/${playlist.id}`), body: { version: 1, name: "Old", archived: true } })).json();
    expect([archived.name, archived.archivedAt !== null, archived.version]).toEqual(["Old", true, 2]);
    expectProblem(await call({ method: "PATCH", url: o(`/playlists/${playlist.id}`), body: { version: 1, name: "Stale" } }), 409, "version_conflict");
    const open = (await call({ method: "GET", url: o(`/projects/${projectId}/playlists`) })).json();
    expect(open.items.some((p: { id: string }) => p.id === playlist.id)).toBe(false);
    const old = (await call({ method: "GET", url: o(`/projects/${projectId}/playlists?archived=true`) })).json();
    expect(old.items.map((p: { id: string }) => p.id)).toEqual([playlist.id]);
  });

  it("lets staff watch but only reviewers build (403), hides other organizations' playlists (404), needs sign-in (401)", async () => {
    const playlist = (await create({ name: "Guarded" })).json();
    expect((await as(t.app, artist)({ method: "GET", url: o(`/playlists/${playlist.id}`) })).statusCode).toBe(200);
    expectProblem(await as(t.app, artist)({ method: "POST", url: o(`/projects/${projectId}/playlists`), body: { name: "Mine" } }), 403, "forbidden");
    expectProblem(await as(t.app, artist)({ method: "POST", url: o(`/playlists/${playlist.id}/items`), body: { versionIds } }), 403, "forbidden");
    expectProblem(await as(t.app, outsider)({ method: "GET", url: o(`/playlists/${playlist.id}`) }), 404, "not_found");
    const elsewhere = (await createOrganization(t.app, outsider, "Elsewhere")).id;
    expectProblem(await as(t.app, outsider)({ method: "GET", url: `/api/v1/organizations/${elsewhere}/playlists/${playlist.id}` }), 404, "not_found");
    expectProblem(await as(t.app, null)({ method: "GET", url: o(`/playlists/${playlist.id}`) }), 401, "unauthenticated");
  });
});
