import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, testOrigin } from "../../test/test-app";
import { seedDemo } from "./demo-seed";

/** The demo studio a new user signs in to on first start: it must be there and working. */
let t: TestApp;
let cookie: string;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  const info = await seedDemo(t.deps);
  const member = await t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { origin: testOrigin },
    payload: { email: "member@demo.backlot.dev", password: info.password },
  });
  expect(member.statusCode, member.body).toBe(200);
  cookie = [member.headers["set-cookie"]]
    .flat()
    .map((c) => String(c).split(";")[0])
    .join("; ");
  const orgs = await t.app.inject({ method: "GET", url: "/api/v1/organizations", headers: { cookie, origin: testOrigin } });
  orgId = orgs.json().items[0].id;
}, 120_000);
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie, origin: testOrigin } }).then((r) => r.json());

describe("demo studio", () => {
  it("has a VFX show part-way through production, with the member's tasks waiting in my tasks", async () => {
    const projects = await get(`/api/v1/organizations/${orgId}/projects`);
    const show = projects.items.find((p: { code: string }) => p.code === "HBL");
    expect(show).toMatchObject({ name: "Harbour Lights", kind: "vfx", clientName: "Meridian Pictures" });
    const base = `/api/v1/organizations/${orgId}/projects/${show.id}`;
    const grid = await get(`${base}/grid?type=shot&limit=200`);
    expect(grid.total).toBe(48);
    expect(grid.rows[0].custom.complexity).toBeDefined();
    expect(Object.keys(grid.rows[0].tasks)).toHaveLength(7);
    expect((await get(`${base}/entities?type=sequence`)).items).toHaveLength(4);
    expect((await get(`${base}/casting`)).items.length).toBeGreaterThan(10);
    const mine = await get(`/api/v1/organizations/${orgId}/tasks?mine=true&limit=200`);
    expect(mine.items.length).toBeGreaterThanOrEqual(24);
    expect(mine.items.every((task: { taskTypeName: string }) => task.taskTypeName === "Compositing")).toBe(true);
  });
});
