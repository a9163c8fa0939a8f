import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let admin: TestUser;
let other: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app);
  other = await signUp(t.app);
});
afterAll(() => t.close());

describe("organizations", () => {
  it("creates an organization whose creator is admin, and lists it", async () => {
    const res = await as(
      t.app,
      admin,
    )({ method: "POST", url: "/api/v1/organizations", body: { name: "Northlight", timeZone: "Europe/London", currency: "GBP" } });
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({ name: "Northlight", timeZone: "Europe/London", currency: "GBP", weekStart: "monday", myRole: "admin", version: 1 });
    const list = await as(t.app, admin)({ method: "GET", url: "/api/v1/organizations" });
    expect(list.json().items.map((o: { id: string }) => o.id)).toContain(org.id);
    const me = await as(t.app, admin)({ method: "GET", url: "/api/v1/me" });
    expect(me.json().memberships).toEqual(expect.arrayContaining([{ organizationId: org.id, organizationName: "Northlight", role: "admin" }]));
  });

  it("is invisible to non-members: 404, and absent from their list", async () => {
    const org = await createOrganization(t.app, admin, "Private");
    expectProblem(await as(t.app, other)({ method: "GET", url: `/api/v1/organizations/${org.id}` }), 404, "not_found");
    expectProblem(await as(t.app, other)({ method: "PATCH", url: `/api/v1/organizations/${org.id}`, body: { version: 1, name: "Mine" } }), 404, "not_found");
    const list = await as(t.app, other)({ method: "GET", url: "/api/v1/organizations" });
    expect(list.json().items.map((o: { id: string }) => o.id)).not.toContain(org.id);
  });

  it("validates settings, naming the field", async () => {
    const res = await as(t.app, admin)({ method: "POST", url: "/api/v1/organizations", body: { name: "X", timeZone: "Mars/Olympus", currency: "dollars" } });
    expectProblem(res, 400, "validation_failed");
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.currency", "body.timeZone"]);
    expectProblem(await as(t.app, admin)({ method: "POST", url: "/api/v1/organizations", body: {} }), 400, "validation_failed");
    expectProblem(await as(t.app, null)({ method: "POST", url: "/api/v1/organizations", body: { name: "X" } }), 401, "unauthenticated");
  });

  it("updates settings (admin only) with optimistic concurrency", async () => {
    const org = await createOrganization(t.app, admin, "Settings");
    await addMember(t.app, admin, org.id, other, "manager");
    expectProblem(await as(t.app, other)({ method: "PATCH", url: `/api/v1/organizations/${org.id}`, body: { version: 1, name: "Nope" } }), 403, "forbidden");
    const ok = await as(
      t.app,
      admin,
    )({ method: "PATCH", url: `/api/v1/organizations/${org.id}`, body: { version: 1, weekStart: "sunday", auditRetentionDays: 365 } });
    expect(ok.json()).toMatchObject({ weekStart: "sunday", auditRetentionDays: 365, version: 2 });
    expectProblem(
      await as(t.app, admin)({ method: "PATCH", url: `/api/v1/organizations/${org.id}`, body: { version: 1, name: "Stale" } }),
      409,
      "version_conflict",
    );
    const history = await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${org.id}/audit/organization/${org.id}` });
    expect(history.json().items[0].changes).toEqual(expect.arrayContaining([{ field: "weekStart", old: "monday", new: "sunday" }]));
  });

  it("honours Idempotency-Key: same key and body replay, another body is 422", async () => {
    const headers = { "idempotency-key": "create-org-1" };
    const first = await as(t.app, admin)({ method: "POST", url: "/api/v1/organizations", body: { name: "Once" }, headers });
    const second = await as(t.app, admin)({ method: "POST", url: "/api/v1/organizations", body: { name: "Once" }, headers });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    const list = await as(t.app, admin)({ method: "GET", url: "/api/v1/organizations?limit=200" });
    expect(list.json().items.filter((o: { name: string }) => o.name === "Once")).toHaveLength(1);
    expectProblem(await as(t.app, admin)({ method: "POST", url: "/api/v1/organizations", body: { name: "Twice" }, headers }), 422, "idempotency_key_reused");
    // Keys are per user: another user's identical key is independent.
    expect((await as(t.app, other)({ method: "POST", url: "/api/v1/organizations", body: { name: "Once" }, headers })).json().id).not.toBe(first.json().id);
  });

  it("explains why an action is allowed or denied", async () => {
    const org = await createOrganization(t.app, admin, "Explain");
    const member = await signUp(t.app);
    await addMember(t.app, admin, org.id, member, "member");
    const denied = await as(t.app, member)({ method: "GET", url: `/api/v1/organizations/${org.id}/authorization/explain?action=person.create` });
    expect(denied.json()).toMatchObject({ allowed: false, role: "member", allowedRoles: ["admin", "manager"] });
    expect(denied.json().reason).toContain("you are a member");
    const allowed = await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${org.id}/authorization/explain?action=person.create` });
    expect(allowed.json()).toMatchObject({ allowed: true, grantedBy: "organization" });
    expectProblem(
      await as(t.app, other)({ method: "GET", url: `/api/v1/organizations/${org.id}/authorization/explain?action=person.create` }),
      404,
      "not_found",
    );
    expectProblem(
      await as(t.app, member)({ method: "GET", url: `/api/v1/organizations/${org.id}/authorization/explain?action=fly` }),
      400,
      "validation_failed",
    );
  });
});

describe("HTTP conventions", () => {
  it("refuses cookie-authenticated writes from a foreign origin (CSRF)", async () => {
    const res = await as(t.app, admin)({ method: "POST", url: "/api/v1/organizations", body: { name: "CSRF" }, headers: { origin: "https://evil.example" } });
    expectProblem(res, 403, "csrf_rejected");
  });

  it("accepts personal API tokens as Bearer, and refuses revoked ones", async () => {
    const created = await as(t.app, admin)({ method: "POST", url: "/api/v1/me/tokens", body: { name: "pipeline" } });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^blt_/);
    const bearer = { authorization: `Bearer ${token}` };
    // No cookie and no Origin: a script.
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer });
    expect(me.json().user.id).toBe(admin.id);
    const write = await t.app.inject({ method: "POST", url: "/api/v1/organizations", headers: bearer, payload: { name: "From script" } });
    expect(write.statusCode).toBe(201);
    // A token cannot mint tokens (a leaked one must not outlive its expiry).
    expectProblem(await t.app.inject({ method: "POST", url: "/api/v1/me/tokens", headers: bearer, payload: { name: "child" } }), 403, "forbidden");
    const listed = await as(t.app, admin)({ method: "GET", url: "/api/v1/me/tokens" });
    expect(listed.json().items[0]).not.toHaveProperty("token");
    expectProblem(await as(t.app, other)({ method: "DELETE", url: `/api/v1/me/tokens/${id}` }), 404, "not_found");
    expect((await as(t.app, admin)({ method: "DELETE", url: `/api/v1/me/tokens/${id}` })).statusCode).toBe(204);
    expectProblem(await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer }), 401, "unauthenticated");
    expectProblem(await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: "Bearer nonsense" } }), 401, "unauthenticated");
  });

  it("a token acts with its user's current role in the organization in the path, and is a stranger elsewhere", async () => {
    const org = await createOrganization(t.app, admin, "Token roles");
    const tokenOf = async (user: typeof other) =>
      (await as(t.app, user)({ method: "POST", url: "/api/v1/me/tokens", body: { name: "script" } })).json().token as string;
    const bearer = { authorization: `Bearer ${await tokenOf(other)}` };
    const people = `/api/v1/organizations/${org.id}/people`;
    // Not a member: the organization does not exist for this token.
    expectProblem(await t.app.inject({ method: "GET", url: people, headers: bearer }), 404, "not_found");
    // A member: sees the people directory, may not add people (managers do).
    await addMember(t.app, admin, org.id, other, "member");
    expect((await t.app.inject({ method: "GET", url: people, headers: bearer })).statusCode).toBe(200);
    expectProblem(await t.app.inject({ method: "POST", url: people, headers: bearer, payload: { displayName: "Nope" } }), 403, "forbidden");
    // A malformed organization id in the path is a validation error, not a failed lookup.
    expectProblem(await t.app.inject({ method: "GET", url: "/api/v1/organizations/not-a-uuid/people", headers: bearer }), 400, "validation_failed");
  });

  it("never keeps a shown-once secret for idempotent replays", async () => {
    const headers = { "idempotency-key": "token-once" };
    const first = await as(t.app, admin)({ method: "POST", url: "/api/v1/me/tokens", body: { name: "ci" }, headers });
    const replay = await as(t.app, admin)({ method: "POST", url: "/api/v1/me/tokens", body: { name: "ci" }, headers });
    expect(first.json().token).toMatch(/^blt_/);
    expect(replay.json().id).toBe(first.json().id);
    expect(replay.json()).not.toHaveProperty("token");
    const stored = await t.deps.pool.query("SELECT response_body::text AS body FROM idempotency_keys WHERE key = 'token-once'");
    expect(stored.rows[0].body).not.toContain(first.json().token);
    expect(JSON.parse(stored.rows[0].body)).not.toHaveProperty("token");
  });

  it("answers unknown routes, bad JSON and oversized bodies with problem JSON", async () => {
    expectProblem(await as(t.app, admin)({ method: "GET", url: "/api/v1/nowhere" }), 404, "not_found");
    const badJson = await t.app.inject({
      method: "POST",
      url: "/api/v1/organizations",
      headers: { cookie: admin.cookie, origin: "http://localhost:3000", "content-type": "application/json" },
      payload: "{not json",
    });
    expectProblem(badJson, 400, "validation_failed");
    const huge = await t.app.inject({
      method: "POST",
      url: "/api/v1/organizations",
      headers: { cookie: admin.cookie, origin: "http://localhost:3000", "content-type": "application/json" },
      payload: JSON.stringify({ name: "x".repeat(2_000_000) }),
    });
    expectProblem(huge, 413, "payload_too_large");
  });

  it("serves health, metrics, OpenAPI 3.1 and security headers", async () => {
    const health = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(health.json()).toEqual({ status: "ok", database: "ok" });
    expect(health.headers["x-content-type-options"]).toBe("nosniff");
    expect(health.headers["content-security-policy"]).toContain("default-src 'self'");
    const metrics = await t.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.body).toContain("backlot_http_request_duration_seconds");
    const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/api/v1/organizations/{orgId}/people"]));
  });
});
