import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { createEntity, createProject } from "../../../../test/tracking-factories";

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

describe("entities", () => {
  it("creates sequences and shots; a shot gets its template tasks and its cut duration", async () => {
    const { base, config } = await createProject(t.app, admin, orgId);
    const seq = await createEntity(t.app, admin, base, { typeKey: "sequence", code: "SQ010", name: "Harbour chase" });
    const shot = await createEntity(t.app, admin, base, { typeKey: "shot", code: "SQ010_0010", parentId: seq.id, frameIn: 1001, frameOut: 1096, fps: 24 });
    expect(shot).toMatchObject({ parentCode: "SQ010", cutDuration: 96, typeKey: "shot" });
    const tasks = (await as(t.app, admin)({ method: "GET", url: `${base}/tasks?entityId=${shot.id}` })).json();
    const shotSteps = config.taskTypes.filter((tt) => tt.entityTypeKey === "shot");
    expect(tasks.items).toHaveLength(shotSteps.length);
    const wtg = config.statuses.find((s) => s.isDefault)?.id;
    expect(tasks.items.every((task: { statusId: string }) => task.statusId === wtg)).toBe(true);
  });

  it("keeps codes unique per project and type, checks parents and frame order", async () => {
    const { base } = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    const asset = await createEntity(t.app, admin, base, { typeKey: "asset", code: "0042", assetType: "prop" });
    expect(asset.code).toBe("0042");
    const dup = await call({ method: "POST", url: `${base}/entities`, body: { typeKey: "asset", code: "0042" } });
    expectProblem(dup, 409, "conflict");
    expect(dup.json().errors[0].path).toBe("body.code");
    const wrongParent = await call({ method: "POST", url: `${base}/entities`, body: { typeKey: "shot", code: "SH1", parentId: asset.id } });
    expect(wrongParent.json().errors[0]).toMatchObject({ path: "body.parentId", message: 'The parent must be of type "sequence", not "asset"' });
    const frames = await call({ method: "POST", url: `${base}/entities`, body: { typeKey: "shot", code: "SH2", frameIn: 20, frameOut: 10 } });
    expect(frames.json().errors[0].path).toBe("body.frameOut");
    const type = await call({ method: "POST", url: `${base}/entities`, body: { typeKey: "planet", code: "P1" } });
    expect(type.json().errors[0].path).toBe("body.typeKey");
    expectProblem(await as(t.app, artist)({ method: "POST", url: `${base}/entities`, body: { typeKey: "shot", code: "SH3" } }), 403, "forbidden");
  });

  it("validates custom field values by their definitions and filters the grid by them", async () => {
    const { base } = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    const field = await call({
      method: "POST",
      url: `${base}/fields`,
      body: { object: "shot", key: "complexity", label: "Complexity", fieldType: "select", options: ["easy", "medium", "hero"] },
    });
    expect(field.statusCode, field.body).toBe(201);
    const noOptions = await call({ method: "POST", url: `${base}/fields`, body: { object: "shot", key: "x", label: "X", fieldType: "select" } });
    expect(noOptions.json().errors[0].path).toBe("body.options");
    const hero = await createEntity(t.app, admin, base, { typeKey: "shot", code: "SH010", custom: { complexity: "hero" } });
    await createEntity(t.app, admin, base, { typeKey: "shot", code: "SH020", custom: { complexity: "easy" } });
    const invalid = await call({ method: "PATCH", url: `${base}/entities/${hero.id}`, body: { version: 1, custom: { complexity: "epic" } } });
    expectProblem(invalid, 400, "validation_failed");
    expect(invalid.json().errors[0].path).toBe("body.custom.complexity");
    const unknown = await call({ method: "PATCH", url: `${base}/entities/${hero.id}`, body: { version: 1, custom: { mood: "dark" } } });
    expect(unknown.json().errors[0].path).toBe("body.custom.mood");
    const edited = await call({ method: "PATCH", url: `${base}/entities/${hero.id}`, body: { version: 1, custom: { complexity: "medium" } } });
    expect(edited.json()).toMatchObject({ custom: { complexity: "medium" }, version: 2 });
    const grid = (await call({ method: "GET", url: `${base}/grid?type=shot&custom=complexity:easy` })).json();
    expect(grid.rows.map((r: { code: string }) => r.code)).toEqual(["SH020"]);
    expect(grid.total).toBe(1);
    const badFilter = await call({ method: "GET", url: `${base}/grid?type=shot&custom=mood:dark` });
    expect(badFilter.json().errors[0].path).toBe("querystring.custom.0");
  });

  it("casts assets into shots with occurrence counts, and lists a sequence's casting", async () => {
    const { base } = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    const seq = await createEntity(t.app, admin, base, { typeKey: "sequence", code: "SQ020" });
    const shot = await createEntity(t.app, admin, base, { typeKey: "shot", code: "SQ020_0010", parentId: seq.id });
    const hero = await createEntity(t.app, admin, base, { typeKey: "asset", code: "chr_mara", assetType: "character" });
    const boat = await createEntity(t.app, admin, base, { typeKey: "asset", code: "veh_boat", assetType: "vehicle" });
    const cast = await call({
      method: "PUT",
      url: `${base}/entities/${shot.id}/casting`,
      body: { assets: [{ assetId: hero.id, occurrences: 2 }, { assetId: boat.id }] },
    });
    expect(cast.statusCode, cast.body).toBe(200);
    const view = (await call({ method: "GET", url: `${base}/casting?parentId=${seq.id}` })).json();
    expect(view.items.map((c: { entityCode: string; assetCode: string; occurrences: number }) => [c.entityCode, c.assetCode, c.occurrences])).toEqual([
      ["SQ020_0010", "chr_mara", 2],
      ["SQ020_0010", "veh_boat", 1],
    ]);
    const notAsset = await call({ method: "PUT", url: `${base}/entities/${shot.id}/casting`, body: { assets: [{ assetId: seq.id }] } });
    expect(notAsset.json().errors[0].path).toBe("body.assets.0.assetId");
  });
});
