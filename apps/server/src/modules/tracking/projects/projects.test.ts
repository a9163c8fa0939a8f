import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, createPerson, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { createProject } from "../../../../test/tracking-factories";

let t: TestApp;
let admin: TestUser;
let artist: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app);
  artist = await signUp(t.app);
  orgId = (await createOrganization(t.app, admin)).id;
  await addMember(t.app, admin, orgId, artist, "member");
});
afterAll(() => t.close());

describe("projects", () => {
  it("creates a VFX project whose template presets entity types, pipeline steps, statuses and slots", async () => {
    const { project, config, base } = await createProject(t.app, admin, orgId, { name: "Harbour Lights", code: "HBL", clientName: "Meridian Pictures" });
    expect(project).toMatchObject({ name: "Harbour Lights", code: "HBL", kind: "vfx", status: "active", template: "vfx", clientName: "Meridian Pictures" });
    expect(config.entityTypes.map((e) => e.key)).toEqual(["sequence", "shot", "asset"]);
    expect(config.taskTypes.filter((tt) => tt.entityTypeKey === "shot").map((tt) => tt.name)).toEqual([
      "Matchmove",
      "Roto",
      "Layout",
      "Animation",
      "FX",
      "Lighting",
      "Compositing",
    ]);
    expect(config.statuses.map((s) => s.state)).toEqual([
      "not_started",
      "not_started",
      "in_progress",
      "pending_review",
      "retake",
      "approved",
      "on_hold",
      "blocked",
    ]);
    expect(config.statuses.filter((s) => s.isDefault)).toHaveLength(1);
    const slots = (await as(t.app, admin)({ method: "GET", url: `${base}/slots` })).json();
    expect(slots.items.map((s: { displayName: string }) => s.displayName)).toContain("Compositor 1");
  });

  it("lists, searches, edits with versions and archives", async () => {
    const { project } = await createProject(t.app, admin, orgId, { name: "Quiet Orbit", code: "QOR" });
    const call = as(t.app, admin);
    const found = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/projects?q=orbit` })).json();
    expect(found.items.map((p: { code: string }) => p.code)).toEqual(["QOR"]);
    const url = `/api/v1/organizations/${orgId}/projects/${project.id}`;
    const edited = await call({ method: "PATCH", url, body: { version: 1, status: "on_hold", endDate: "2027-03-01", startDate: "2026-12-01" } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: "on_hold", version: 2 });
    expectProblem(await call({ method: "PATCH", url, body: { version: 1, name: "Stale" } }), 409, "version_conflict");
    const backwards = await call({ method: "PATCH", url, body: { version: 2, endDate: "2026-01-01" } });
    expectProblem(backwards, 400, "validation_failed");
    expect(backwards.json().errors[0].path).toBe("body.endDate");
    const archived = await call({ method: "POST", url: `${url}/archive`, body: { version: 2 } });
    expect(archived.json().archivedAt).not.toBeNull();
    const open = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/projects?q=orbit` })).json();
    expect(open.items).toEqual([]);
    const history = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/audit/project/${project.id}` })).json();
    expect(history.items.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(["create", "update", "archive"]));
  });

  it("refuses bad input with the field named, duplicate codes, and members creating projects", async () => {
    const call = as(t.app, admin);
    const url = `/api/v1/organizations/${orgId}/projects`;
    const bad = await call({ method: "POST", url, body: { name: "X", code: "bad code!", kind: "vfx" } });
    expectProblem(bad, 400, "validation_failed");
    expect(bad.json().errors[0].path).toBe("body.code");
    await createProject(t.app, admin, orgId, { code: "DUP" });
    expectProblem(await call({ method: "POST", url, body: { name: "Again", code: "dup", kind: "vfx" } }), 409, "conflict");
    expectProblem(await as(t.app, artist)({ method: "POST", url, body: { name: "Mine", code: "MINE", kind: "vfx" } }), 403, "forbidden");
    expect((await as(t.app, artist)({ method: "GET", url })).statusCode).toBe(200);
  });
});

describe("project configuration", () => {
  it("adds task types and statuses, keeps one default, and refuses unknown entity types", async () => {
    const { base, config } = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    const step = await call({
      method: "POST",
      url: `${base}/task-types`,
      body: { name: "Paint", department: "Roto/Paint", entityTypeKey: "shot", color: "#112233" },
    });
    expect(step.statusCode, step.body).toBe(201);
    const unknown = await call({ method: "POST", url: `${base}/task-types`, body: { name: "Paint", entityTypeKey: "galaxy" } });
    expectProblem(unknown, 400, "validation_failed");
    expect(unknown.json().errors[0].path).toBe("body.entityTypeKey");
    const status = await call({
      method: "POST",
      url: `${base}/statuses`,
      body: { name: "Client review", shortCode: "crv", state: "pending_review", color: "#ff8800", isDefault: true },
    });
    expect(status.statusCode, status.body).toBe(201);
    const after = (await call({ method: "GET", url: `${base}/config` })).json();
    expect(after.statuses.filter((s: { isDefault: boolean }) => s.isDefault).map((s: { shortCode: string }) => s.shortCode)).toEqual(["crv"]);
    const custom = await call({ method: "POST", url: `${base}/entity-types`, body: { key: "lens", name: "Lens", parentKey: "galaxy" } });
    expect(custom.json().errors[0].path).toBe("body.parentKey");
    const renamed = await call({ method: "PATCH", url: `${base}/task-types/${config.taskTypes[0]?.id}`, body: { version: 1, archived: true } });
    expect(renamed.json().archivedAt).not.toBeNull();
    expectProblem(
      await as(t.app, artist)({ method: "POST", url: `${base}/statuses`, body: { name: "Mine", shortCode: "min", state: "approved", color: "#000000" } }),
      403,
      "forbidden",
    );
  });
});

describe("role slots", () => {
  it("fills a slot with a person later and exports credits", async () => {
    const { base } = await createProject(t.app, admin, orgId, { code: "CRD" });
    const call = as(t.app, admin);
    const slot = await call({ method: "POST", url: `${base}/slots`, body: { role: "Artist", department: "Compositing", displayName: "Senior Compositor" } });
    expect(slot.statusCode, slot.body).toBe(201);
    expect(slot.json().personId).toBeNull();
    const person = await createPerson(t.app, admin, orgId, { displayName: "Zoë Ångström" });
    const filled = await call({ method: "PATCH", url: `${base}/slots/${slot.json().id}`, body: { version: 1, personId: person.id } });
    expect(filled.json()).toMatchObject({ personId: person.id, personName: "Zoë Ångström", version: 2 });
    const stranger = await call({
      method: "PATCH",
      url: `${base}/slots/${slot.json().id}`,
      body: { version: 2, personId: "01900000-0000-7000-8000-000000000009" },
    });
    expect(stranger.json().errors[0].path).toBe("body.personId");
    const csv = await call({ method: "GET", url: `${base}/slots/credits.csv` });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("Compositing,Artist,Senior Compositor,Zoë Ångström");
  });
});
