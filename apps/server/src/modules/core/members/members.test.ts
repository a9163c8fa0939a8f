import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let admin: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app, { name: "Admin A" });
  outsider = await signUp(t.app);
});
afterAll(() => t.close());

async function memberOf(orgId: string, user: TestUser) {
  const list = await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${orgId}/members?limit=200` });
  return list.json().items.find((m: { userId: string }) => m.userId === user.id) as { id: string; version: number; role: string };
}

describe("members", () => {
  it("lists members with names and roles; search by name or email", async () => {
    const org = await createOrganization(t.app, admin);
    const bea = await signUp(t.app, { name: "Bea Compositor" });
    await addMember(t.app, admin, org.id, bea, "member");
    const all = await as(t.app, bea)({ method: "GET", url: `/api/v1/organizations/${org.id}/members` });
    expect(all.json().items.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ["Admin A", "admin"],
      ["Bea Compositor", "member"],
    ]);
    const found = await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${org.id}/members?q=compos` });
    expect(found.json().items).toHaveLength(1);
    const underscore = await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${org.id}/members?q=_` });
    expect(underscore.json().items).toHaveLength(0);
    expectProblem(await as(t.app, outsider)({ method: "GET", url: `/api/v1/organizations/${org.id}/members` }), 404, "not_found");
    expectProblem(await as(t.app, null)({ method: "GET", url: `/api/v1/organizations/${org.id}/members` }), 401, "unauthenticated");
  });

  it("changes roles (admin only) and never demotes the last admin", async () => {
    const org = await createOrganization(t.app, admin);
    const mgr = await signUp(t.app);
    await addMember(t.app, admin, org.id, mgr, "manager");
    const m = await memberOf(org.id, mgr);
    expectProblem(
      await as(t.app, mgr)({ method: "PATCH", url: `/api/v1/organizations/${org.id}/members/${m.id}`, body: { version: m.version, role: "admin" } }),
      403,
      "forbidden",
    );
    const self = await memberOf(org.id, admin);
    const demote = await as(
      t.app,
      admin,
    )({ method: "PATCH", url: `/api/v1/organizations/${org.id}/members/${self.id}`, body: { version: self.version, role: "member" } });
    expectProblem(demote, 409, "last_admin");
    const promoted = await as(
      t.app,
      admin,
    )({ method: "PATCH", url: `/api/v1/organizations/${org.id}/members/${m.id}`, body: { version: m.version, role: "admin" } });
    expect(promoted.json()).toMatchObject({ role: "admin", version: m.version + 1 });
    // With two admins the first may step down.
    const stepDown = await as(
      t.app,
      admin,
    )({ method: "PATCH", url: `/api/v1/organizations/${org.id}/members/${self.id}`, body: { version: self.version, role: "member" } });
    expect(stepDown.json().role).toBe("member");
    expectProblem(
      await as(t.app, outsider)({ method: "PATCH", url: `/api/v1/organizations/${org.id}/members/${m.id}`, body: { version: 2, role: "guest" } }),
      404,
      "not_found",
    );
    expectProblem(
      await as(t.app, mgr)({ method: "PATCH", url: `/api/v1/organizations/${org.id}/members/${m.id}`, body: { version: 2, role: "owner" } }),
      400,
      "validation_failed",
    );
  });

  it("removes members and lets members leave, except the last admin", async () => {
    const org = await createOrganization(t.app, admin);
    const a = await signUp(t.app);
    const b = await signUp(t.app);
    await addMember(t.app, admin, org.id, a, "member");
    await addMember(t.app, admin, org.id, b, "member");
    expectProblem(await as(t.app, admin)({ method: "POST", url: `/api/v1/organizations/${org.id}/leave` }), 409, "last_admin");
    expect((await as(t.app, a)({ method: "POST", url: `/api/v1/organizations/${org.id}/leave` })).statusCode).toBe(204);
    expectProblem(await as(t.app, a)({ method: "GET", url: `/api/v1/organizations/${org.id}` }), 404, "not_found");
    const mb = await memberOf(org.id, b);
    expectProblem(await as(t.app, b)({ method: "DELETE", url: `/api/v1/organizations/${org.id}/members/${mb.id}` }), 403, "forbidden");
    expect((await as(t.app, admin)({ method: "DELETE", url: `/api/v1/organizations/${org.id}/members/${mb.id}` })).statusCode).toBe(204);
    expectProblem(await as(t.app, admin)({ method: "DELETE", url: `/api/v1/organizations/${org.id}/members/${mb.id}` }), 404, "not_found");
  });

  it("refuses two admins demoting each other at once from leaving no admin", async () => {
    const org = await createOrganization(t.app, admin);
    const second = await signUp(t.app);
    await addMember(t.app, admin, org.id, second, "admin");
    const m1 = await memberOf(org.id, admin);
    const m2 = await memberOf(org.id, second);
    const results = await Promise.all([
      as(t.app, admin)({ method: "PATCH", url: `/api/v1/organizations/${org.id}/members/${m2.id}`, body: { version: m2.version, role: "member" } }),
      as(t.app, second)({ method: "PATCH", url: `/api/v1/organizations/${org.id}/members/${m1.id}`, body: { version: m1.version, role: "member" } }),
    ]);
    // The loser is refused either by the last-admin rule (409) or, if the winner committed
    // before its permission check, because it is no longer an admin (403).
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes[0]).toBe(200);
    expect([403, 409]).toContain(codes[1]);
    const list = await as(t.app, results[0]?.statusCode === 200 ? admin : second)({ method: "GET", url: `/api/v1/organizations/${org.id}/members` });
    expect(list.json().items.filter((m: { role: string }) => m.role === "admin")).toHaveLength(1);
  });

  it("grants and removes scoped roles that authorization honours", async () => {
    const org = await createOrganization(t.app, admin);
    const guest = await signUp(t.app);
    await addMember(t.app, admin, org.id, guest, "guest");
    const projectId = "01900000-0000-7000-8000-0000000000aa";
    const explain = (scope: boolean) =>
      as(
        t.app,
        guest,
      )({
        method: "GET",
        url: `/api/v1/organizations/${org.id}/authorization/explain?action=person.read${scope ? `&scopeType=project&scopeId=${projectId}` : ""}`,
      });
    expect((await explain(true)).json().allowed).toBe(false);
    const grant = await as(
      t.app,
      admin,
    )({
      method: "POST",
      url: `/api/v1/organizations/${org.id}/scoped-memberships`,
      body: { userId: guest.id, scopeType: "project", scopeId: projectId, role: "member" },
    });
    expect(grant.statusCode).toBe(201);
    expect((await explain(true)).json()).toMatchObject({ allowed: true, grantedBy: "scope", role: "member" });
    const history = await t.deps.pool.query("SELECT action, actor_id FROM audit_log WHERE record_type = 'scoped_membership' AND record_id = $1", [
      grant.json().id,
    ]);
    expect(history.rows).toEqual([{ action: "create", actor_id: admin.id }]);
    expect((await explain(false)).json().allowed).toBe(false);
    expectProblem(
      await as(
        t.app,
        admin,
      )({
        method: "POST",
        url: `/api/v1/organizations/${org.id}/scoped-memberships`,
        body: { userId: outsider.id, scopeType: "project", scopeId: projectId, role: "member" },
      }),
      400,
      "validation_failed",
    );
    expectProblem(
      await as(
        t.app,
        guest,
      )({
        method: "POST",
        url: `/api/v1/organizations/${org.id}/scoped-memberships`,
        body: { userId: guest.id, scopeType: "project", scopeId: projectId, role: "admin" },
      }),
      403,
      "forbidden",
    );
    expect((await as(t.app, admin)({ method: "DELETE", url: `/api/v1/organizations/${org.id}/scoped-memberships/${grant.json().id}` })).statusCode).toBe(204);
    expect((await explain(true)).json().allowed).toBe(false);
  });
});
