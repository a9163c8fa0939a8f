import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, createPerson, expectProblem, signUp, type TestUser } from "./factories";
import { createTestApp, type TestApp } from "./test-app";

/**
 * Every route of the API, from the OpenAPI document: without credentials it answers 401; every
 * organization-scoped route answers 404 to a signed-in user of another organization, with a
 * valid request, and changes nothing. A new route must be added to `validRequests` below, or
 * this test fails.
 */
let t: TestApp;
let owner: TestUser;
let outsider: TestUser;
let ids: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app);
  outsider = await signUp(t.app);
  await createOrganization(t.app, outsider, "Outsider's own studio");
  const orgId = (await createOrganization(t.app, owner, "Target")).id;
  const member = await signUp(t.app);
  await addMember(t.app, owner, orgId, member, "member");
  const person = await createPerson(t.app, owner, orgId);
  const members = (await as(t.app, owner)({ method: "GET", url: `/api/v1/organizations/${orgId}/members` })).json();
  const invitation = (
    await as(t.app, owner)({ method: "POST", url: `/api/v1/organizations/${orgId}/invitations`, body: { email: "later@example.com" } })
  ).json();
  const scoped = (
    await as(
      t.app,
      owner,
    )({
      method: "POST",
      url: `/api/v1/organizations/${orgId}/scoped-memberships`,
      body: { userId: member.id, scopeType: "studio", scopeId: orgId, role: "manager" },
    })
  ).json();
  ids = { orgId, personId: person.id, memberId: members.items[1].id, invitationId: invitation.id, scopedId: scoped.id, memberUserId: member.id };
});
afterAll(() => t.close());

type Req = { url: string; body?: unknown; websocket?: boolean };
const v = () => ids;

/** A valid request for each organization-scoped route, keyed "METHOD /path". */
const validRequests: Record<string, () => Req> = {
  "GET /api/v1/organizations/{orgId}": () => ({ url: `/api/v1/organizations/${v().orgId}` }),
  "PATCH /api/v1/organizations/{orgId}": () => ({ url: `/api/v1/organizations/${v().orgId}`, body: { version: 1, name: "Taken over" } }),
  "GET /api/v1/organizations/{orgId}/members": () => ({ url: `/api/v1/organizations/${v().orgId}/members` }),
  "PATCH /api/v1/organizations/{orgId}/members/{id}": () => ({
    url: `/api/v1/organizations/${v().orgId}/members/${v().memberId}`,
    body: { version: 1, role: "guest" },
  }),
  "DELETE /api/v1/organizations/{orgId}/members/{id}": () => ({ url: `/api/v1/organizations/${v().orgId}/members/${v().memberId}` }),
  "POST /api/v1/organizations/{orgId}/leave": () => ({ url: `/api/v1/organizations/${v().orgId}/leave` }),
  "GET /api/v1/organizations/{orgId}/invitations": () => ({ url: `/api/v1/organizations/${v().orgId}/invitations` }),
  "POST /api/v1/organizations/{orgId}/invitations": () => ({
    url: `/api/v1/organizations/${v().orgId}/invitations`,
    body: { email: "mole@example.com", role: "admin" },
  }),
  "POST /api/v1/organizations/{orgId}/invitations/{id}/revoke": () => ({ url: `/api/v1/organizations/${v().orgId}/invitations/${v().invitationId}/revoke` }),
  "POST /api/v1/organizations/{orgId}/invitations/{id}/resend": () => ({ url: `/api/v1/organizations/${v().orgId}/invitations/${v().invitationId}/resend` }),
  "GET /api/v1/organizations/{orgId}/people": () => ({ url: `/api/v1/organizations/${v().orgId}/people` }),
  "POST /api/v1/organizations/{orgId}/people": () => ({ url: `/api/v1/organizations/${v().orgId}/people`, body: { displayName: "Planted" } }),
  "GET /api/v1/organizations/{orgId}/people/departments": () => ({ url: `/api/v1/organizations/${v().orgId}/people/departments` }),
  "GET /api/v1/organizations/{orgId}/people/{id}": () => ({ url: `/api/v1/organizations/${v().orgId}/people/${v().personId}` }),
  "PATCH /api/v1/organizations/{orgId}/people/{id}": () => ({
    url: `/api/v1/organizations/${v().orgId}/people/${v().personId}`,
    body: { version: 1, displayName: "Renamed" },
  }),
  "POST /api/v1/organizations/{orgId}/people/{id}/archive": () => ({
    url: `/api/v1/organizations/${v().orgId}/people/${v().personId}/archive`,
    body: { version: 1 },
  }),
  "POST /api/v1/organizations/{orgId}/people/{id}/restore": () => ({
    url: `/api/v1/organizations/${v().orgId}/people/${v().personId}/restore`,
    body: { version: 1 },
  }),
  "GET /api/v1/organizations/{orgId}/audit/{recordType}/{recordId}": () => ({ url: `/api/v1/organizations/${v().orgId}/audit/person/${v().personId}` }),
  "GET /api/v1/organizations/{orgId}/authorization/explain": () => ({ url: `/api/v1/organizations/${v().orgId}/authorization/explain?action=person.read` }),
  "GET /api/v1/organizations/{orgId}/scoped-memberships": () => ({ url: `/api/v1/organizations/${v().orgId}/scoped-memberships` }),
  "POST /api/v1/organizations/{orgId}/scoped-memberships": () => ({
    url: `/api/v1/organizations/${v().orgId}/scoped-memberships`,
    body: { userId: v().memberUserId, scopeType: "project", scopeId: v().orgId, role: "admin" },
  }),
  "DELETE /api/v1/organizations/{orgId}/scoped-memberships/{id}": () => ({ url: `/api/v1/organizations/${v().orgId}/scoped-memberships/${v().scopedId}` }),
  // WebSocket only: events.test.ts shows an outsider's socket is closed with 4404.
  "GET /api/v1/organizations/{orgId}/events": () => ({ url: `/api/v1/organizations/${v().orgId}/events`, websocket: true }),
};

const publicRoutes = new Set(["GET /api/v1/invitations/preview"]);

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
    const org = await as(t.app, owner)({ method: "GET", url: `/api/v1/organizations/${ids.orgId}` });
    expect(org.json()).toMatchObject({ name: "Target", version: 1 });
    const people = await as(t.app, owner)({ method: "GET", url: `/api/v1/organizations/${ids.orgId}/people?status=all` });
    expect(people.json().items.map((p: { displayName: string }) => p.displayName)).toEqual(["Test Person"]);
    const members = await as(t.app, owner)({ method: "GET", url: `/api/v1/organizations/${ids.orgId}/members` });
    expect(members.json().items).toHaveLength(2);
  });
});
