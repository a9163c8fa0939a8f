import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createVfxProject } from "../../../../test/review-fixtures";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let manager: TestUser;
let artist: TestUser;
let other: TestUser;
let client: TestUser;
let outsider: TestUser;
let orgId: string;
let projectId: string;

beforeAll(async () => {
  t = await createTestApp();
  [manager, artist, other, client, outsider] = [await signUp(t.app), await signUp(t.app), await signUp(t.app), await signUp(t.app), await signUp(t.app)];
  orgId = (await createOrganization(t.app, manager)).id;
  await addMember(t.app, manager, orgId, artist, "member");
  await addMember(t.app, manager, orgId, other, "member");
  await addMember(t.app, manager, orgId, client, "client");
  projectId = (await createVfxProject(t.app, manager, orgId)).project.id;
});
afterAll(() => t.close());

const url = (p = "") => `/api/v1/organizations/${orgId}/saved-views${p}`;
const save = (user: TestUser, body: Record<string, unknown>) => as(t.app, user)({ method: "POST", url: url(), body });
const names = async (user: TestUser, query = "") =>
  (await as(t.app, user)({ method: "GET", url: url(query) })).json().items.map((v: { name: string }) => v.name);

describe("saved views", () => {
  it("keeps private views to their owner and shows shared ones to everyone", async () => {
    const config = { filters: { status: ["wip"] }, columns: ["code", "Compositing"], sort: [{ column: "code", dir: "asc" }] };
    const mine = await save(artist, { name: "My WIP shots", viewKind: "grid", projectId, config });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ ownerId: artist.id, shared: false, config, projectId });
    expect((await save(manager, { name: "Team board", viewKind: "kanban", projectId, shared: true })).statusCode).toBe(201);
    expect(await names(artist)).toEqual(["My WIP shots", "Team board"]);
    expect(await names(other)).toEqual(["Team board"]);
    expect(await names(artist, "?viewKind=kanban")).toEqual(["Team board"]);
    expectProblem(await as(t.app, other)({ method: "GET", url: url(`/${mine.json().id}`) }), 404, "not_found");
  });

  it("needs view.share to share, or to change a shared view", async () => {
    expectProblem(await save(artist, { name: "For all", viewKind: "grid", shared: true }), 403, "forbidden");
    const mine = (await save(artist, { name: "Mine", viewKind: "grid" })).json();
    expectProblem(await as(t.app, artist)({ method: "PATCH", url: url(`/${mine.id}`), body: { version: 1, shared: true } }), 403, "forbidden");
    const shared = (await save(manager, { name: "Studio view", viewKind: "gantt", shared: true })).json();
    expectProblem(await as(t.app, artist)({ method: "PATCH", url: url(`/${shared.id}`), body: { version: 1, name: "Hijacked" } }), 403, "forbidden");
    expectProblem(await as(t.app, artist)({ method: "DELETE", url: url(`/${shared.id}`) }), 403, "forbidden");
    const renamed = await as(t.app, artist)({ method: "PATCH", url: url(`/${mine.id}`), body: { version: 1, name: "Renamed", config: { columns: ["code"] } } });
    expect(renamed.json()).toMatchObject({ name: "Renamed", version: 2, config: { columns: ["code"] } });
    expectProblem(await as(t.app, artist)({ method: "PATCH", url: url(`/${mine.id}`), body: { version: 1, name: "Stale" } }), 409, "version_conflict");
    expect((await as(t.app, artist)({ method: "DELETE", url: url(`/${mine.id}`) })).statusCode).toBe(204);
    expectProblem(await as(t.app, artist)({ method: "GET", url: url(`/${mine.id}`) }), 404, "not_found");
  });

  it("validates input with field paths, including the project and the settings' size", async () => {
    const bad = await save(artist, { name: "", viewKind: "pie", config: { x: "y".repeat(70_000) } });
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.config", "body.name", "body.viewKind"]);
    const foreign = await save(artist, { name: "Elsewhere", viewKind: "grid", projectId: orgId });
    expect(foreign.json().errors).toEqual([{ path: "body.projectId", message: "No project in this organization has this id" }]);
  });

  it("answers 401 without credentials, 403 to a client, 404 to another organization", async () => {
    expectProblem(await as(t.app, null)({ method: "GET", url: url() }), 401, "unauthenticated");
    expectProblem(await as(t.app, client)({ method: "GET", url: url() }), 403, "forbidden");
    expectProblem(await save(outsider, { name: "X", viewKind: "grid" }), 404, "not_found");
  });
});
