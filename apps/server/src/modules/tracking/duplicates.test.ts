import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganization, expectProblem, signUp, type TestUser } from "../../../test/factories";
import { createTestApp, type TestApp } from "../../../test/test-app";
import { createEntity, createProject } from "../../../test/tracking-factories";

let t: TestApp;
let admin: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app);
  orgId = (await createOrganization(t.app, admin)).id;
});
afterAll(() => t.close());

/** A duplicate is 409 `conflict` with the offending body field named (platform/http/unique-fields.ts). */
function expectDuplicate(res: LightMyRequestResponse, path: string) {
  expectProblem(res, 409, "conflict");
  expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([path]);
}

describe("duplicate codes, keys and names", () => {
  it("answer 409 naming the field, for every kind of project record", async () => {
    const call = as(t.app, admin);
    const p = await createProject(t.app, admin, orgId, { code: "DUPE" });
    const projects = `/api/v1/organizations/${orgId}/projects`;
    // Project codes are unique per organization, case-insensitively.
    expectDuplicate(await call({ method: "POST", url: projects, body: { name: "Again", code: "dupe", kind: "vfx" } }), "body.code");
    const other = await createProject(t.app, admin, orgId, { code: "OTHER" });
    expectDuplicate(await call({ method: "PATCH", url: `${projects}/${other.project.id}`, body: { version: 1, code: "DUPE" } }), "body.code");

    expectDuplicate(await call({ method: "POST", url: `${p.base}/entity-types`, body: { key: "shot", name: "Shot again" } }), "body.key");
    const taskType = { name: "compositing", entityTypeKey: "shot" };
    expectDuplicate(await call({ method: "POST", url: `${p.base}/task-types`, body: taskType }), "body.name");
    const status = { name: "Work", shortCode: "WIP", state: "in_progress", color: "#123456" };
    expectDuplicate(await call({ method: "POST", url: `${p.base}/statuses`, body: status }), "body.shortCode");
    const field = { object: "shot", key: "mood", label: "Mood", fieldType: "text" };
    expect((await call({ method: "POST", url: `${p.base}/fields`, body: field })).statusCode).toBe(201);
    expectDuplicate(await call({ method: "POST", url: `${p.base}/fields`, body: { ...field, label: "Mood again" } }), "body.key");

    await createEntity(t.app, admin, p.base, { typeKey: "shot", code: "SH010" });
    const sh020 = await createEntity(t.app, admin, p.base, { typeKey: "shot", code: "SH020" });
    expectDuplicate(await call({ method: "POST", url: `${p.base}/entities`, body: { typeKey: "shot", code: "SH010" } }), "body.code");
    expectDuplicate(await call({ method: "PATCH", url: `${p.base}/entities/${sh020.id}`, body: { version: sh020.version, code: "SH010" } }), "body.code");
    // The template already made SH020's Compositing task.
    const task = { entityId: sh020.id, taskTypeId: p.taskType("Compositing"), name: "Comp again" };
    expectDuplicate(await call({ method: "POST", url: `${p.base}/tasks`, body: task }), "body.taskTypeId");

    // Nothing was half-written: still one SH010 and one Compositing task on SH020.
    const grid = (await call({ method: "GET", url: `${p.base}/grid?type=shot` })).json();
    expect(grid.rows.map((r: { code: string }) => r.code)).toEqual(["SH010", "SH020"]);
  });
});
