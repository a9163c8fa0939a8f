import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganization, expectProblem, signUp, type TestUser } from "./factories";
import type { IsolationCases, IsolationContext, IsolationRequest } from "./isolation/isolation-cases";
import { createTestApp, type TestApp } from "./test-app";

/**
 * Every route of the API, from the OpenAPI document: without credentials it answers 401; every
 * organization-scoped route answers 404 to a signed-in user of another organization, with a
 * valid request, and changes nothing. Each module lists its routes in `isolation/*.cases.ts`;
 * a route missing from all of them fails this test.
 */
let t: TestApp;
let outsider: TestUser;
let ctx: IsolationContext;
const modules: { cases: IsolationCases; ids: Record<string, string> }[] = [];
const validRequests: Record<string, () => IsolationRequest> = {};

beforeAll(async () => {
  t = await createTestApp();
  const owner = await signUp(t.app);
  outsider = await signUp(t.app);
  await createOrganization(t.app, outsider, "Outsider's own studio");
  const orgId = (await createOrganization(t.app, owner, "Target")).id;
  ctx = { app: t.app, owner, orgId, db: t.deps.db };
  const dir = new URL("./isolation/", import.meta.url);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".cases.ts"))
    .sort()) {
    const exported = (await import(new URL(file, dir).href)) as Record<string, IsolationCases>;
    for (const cases of Object.values(exported)) {
      const ids = { orgId, ...(await cases.setup(ctx)) };
      modules.push({ cases, ids });
      Object.assign(validRequests, cases.requests(ids));
    }
  }
}, 60_000);
afterAll(() => t.close());

const publicRoutes = new Set([
  "GET /api/v1/invitations/preview",
  "GET /api/v1/calendars/{file}",
  "GET /api/v1/review/{token}",
  "GET /api/v1/review/{token}/files/{fileId}/content",
  "GET /api/v1/review/{token}/files/{fileId}/thumbnail",
  "POST /api/v1/review/{token}/versions/{versionId}/notes",
]);

async function apiRoutes(): Promise<string[]> {
  const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(spec.paths)
    .filter(([path]) => path.startsWith("/api/v1/"))
    .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}

describe("tenant isolation and authentication", () => {
  it("lists a valid request for every organization-scoped route", async () => {
    const scoped = (await apiRoutes()).filter((r) => r.includes("{orgId}"));
    expect(scoped.filter((r) => !validRequests[r])).toEqual([]);
  });

  it("answers 401 on every non-public route without credentials", async () => {
    for (const route of await apiRoutes()) {
      if (publicRoutes.has(route)) continue;
      const [method, path] = route.split(" ") as [string, string];
      const url = path.replace(/\{(\w+)\}/g, "01900000-0000-7000-8000-000000000001");
      const res = await t.app.inject({ method: method as "GET", url, payload: method === "GET" || method === "DELETE" ? undefined : {} });
      expect(res.statusCode, route).toBe(401);
    }
  });

  it("answers 404 to another organization's user on every scoped route and changes nothing", async () => {
    for (const [route, make] of Object.entries(validRequests)) {
      const method = route.split(" ")[0] as "GET";
      const { url, body, websocket } = make();
      if (websocket) continue;
      const res = await as(t.app, outsider)({ method, url, body });
      expect(res.statusCode, route).toBe(404);
      expectProblem(res, 404, "not_found");
    }
    for (const { cases, ids } of modules) await cases.verifyUnchanged(ctx, ids);
  });
});
