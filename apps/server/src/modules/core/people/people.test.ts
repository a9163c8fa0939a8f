import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, createPerson, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let admin: TestUser;
let member: TestUser;
let outsider: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app, { name: "Ada" });
  member = await signUp(t.app, { name: "Mia" });
  outsider = await signUp(t.app, { name: "Otto" });
  orgId = (await createOrganization(t.app, admin)).id;
  await addMember(t.app, admin, orgId, member, "member");
});
afterAll(() => t.close());

const people = (path = "") => `/api/v1/organizations/${orgId}/people${path}`;

describe("people", () => {
  it("creates a person with only a display name and normalises empty fields", async () => {
    const res = await as(t.app, admin)({ method: "POST", url: people(), body: { displayName: "  Léa Fontaine ", email: "", phone: "" } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ displayName: "Léa Fontaine", email: null, phone: null, active: true, version: 1, createdBy: admin.id });
  });

  it("refuses invalid input with field paths", async () => {
    const res = await as(t.app, admin)({ method: "POST", url: people(), body: { displayName: "", email: "not-an-email" } });
    expectProblem(res, 400, "validation_failed");
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["body.displayName", "body.email"]));
  });

  it("refuses a user link to someone outside the organization", async () => {
    const res = await as(t.app, admin)({ method: "POST", url: people(), body: { displayName: "X", userId: outsider.id } });
    expectProblem(res, 400, "validation_failed");
    expect(res.json().errors[0].path).toBe("body.userId");
  });

  it("needs a session or token (401)", async () => {
    expectProblem(await as(t.app, null)({ method: "GET", url: people() }), 401, "unauthenticated");
  });

  it("lets members read but not write (403 explains why)", async () => {
    expect((await as(t.app, member)({ method: "GET", url: people() })).statusCode).toBe(200);
    const res = await as(t.app, member)({ method: "POST", url: people(), body: { displayName: "Nope" } });
    expectProblem(res, 403, "forbidden");
    expect(res.json().detail).toBe("Only an admin or manager can add people; you are a member. Ask an admin of the organization.");
  });

  it("answers 404 to another organization's user, for the list and for a record", async () => {
    const person = await createPerson(t.app, admin, orgId);
    expectProblem(await as(t.app, outsider)({ method: "GET", url: people() }), 404, "not_found");
    expectProblem(await as(t.app, outsider)({ method: "GET", url: people(`/${person.id}`) }), 404, "not_found");
    const otherOrg = await createOrganization(t.app, outsider, "Elsewhere");
    // A record id from org A under org B's path is not found either.
    expectProblem(await as(t.app, outsider)({ method: "GET", url: `/api/v1/organizations/${otherOrg.id}/people/${person.id}` }), 404, "not_found");
    expectProblem(
      await as(
        t.app,
        outsider,
      )({ method: "PATCH", url: `/api/v1/organizations/${otherOrg.id}/people/${person.id}`, body: { version: 1, displayName: "Hijack" } }),
      404,
      "not_found",
    );
  });

  it("updates with the version read, and a stale version gets 409 with the current record", async () => {
    const person = await createPerson(t.app, admin, orgId, { displayName: "Diego" });
    const first = await as(t.app, admin)({ method: "PATCH", url: people(`/${person.id}`), body: { version: 1, title: "Compositor" } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ title: "Compositor", version: 2, displayName: "Diego" });
    const stale = await as(t.app, admin)({ method: "PATCH", url: people(`/${person.id}`), body: { version: 1, title: "Lead" } });
    expectProblem(stale, 409, "version_conflict");
    expect(stale.json().current).toMatchObject({ title: "Compositor", version: 2 });
  });

  it("treats a save without edits as a no-op: same version, no history entry", async () => {
    const person = await createPerson(t.app, admin, orgId, { displayName: "Unchanged", title: "TD" });
    const res = await as(t.app, admin)({ method: "PATCH", url: people(`/${person.id}`), body: { version: 1, displayName: "Unchanged", title: "TD" } });
    expect(res.json()).toMatchObject({ version: 1, title: "TD" });
    const history = await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${orgId}/audit/person/${person.id}` });
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual(["create"]);
  });

  it("archives and restores, and the list filters by status", async () => {
    const person = await createPerson(t.app, admin, orgId, { displayName: "Zz Archivable" });
    const archived = await as(t.app, admin)({ method: "POST", url: people(`/${person.id}/archive`), body: { version: 1 } });
    expect(archived.json().archivedAt).not.toBeNull();
    const active = await as(t.app, admin)({ method: "GET", url: people("?q=Archivable") });
    expect(active.json().items).toHaveLength(0);
    const inArchive = await as(t.app, admin)({ method: "GET", url: people("?q=Archivable&status=archived") });
    expect(inArchive.json().items.map((p: { id: string }) => p.id)).toEqual([person.id]);
    expectProblem(await as(t.app, admin)({ method: "POST", url: people(`/${person.id}/archive`), body: { version: 2 } }), 409, "conflict");
    const restored = await as(t.app, admin)({ method: "POST", url: people(`/${person.id}/restore`), body: { version: 2 } });
    expect(restored.json()).toMatchObject({ archivedAt: null, version: 3 });
  });

  it("pages through results with cursors, in name order, without gaps or repeats", async () => {
    const org = (await createOrganization(t.app, admin, "Paging")).id;
    const names = Array.from({ length: 23 }, (_, i) => `Person ${String(i).padStart(2, "0")}`);
    for (const displayName of [...names].reverse())
      await createPerson(t.app, admin, org, { displayName, department: displayName.endsWith("1") ? "FX" : "Comp" });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/organizations/${org}/people?limit=10${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await as(t.app, admin)({ method: "GET", url })).json();
      seen.push(...page.items.map((p: { displayName: string }) => p.displayName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(names);
    const fx = (await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${org}/people?department=FX` })).json();
    expect(fx.items.map((p: { displayName: string }) => p.displayName)).toEqual(["Person 01", "Person 11", "Person 21"]);
    const departments = (await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${org}/people/departments` })).json();
    expect(departments.items).toEqual(["Comp", "FX"]);
    expectProblem(await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${org}/people?cursor=garbage` }), 400, "validation_failed");
  });

  it("pages through accented names in the database's own order", async () => {
    const org = (await createOrganization(t.app, admin, "Accents")).id;
    const names = ["Adam", "Zoë", "Émile A", "Émile B", "Örjan", "ålesund"];
    for (const displayName of names) await createPerson(t.app, admin, org, { displayName });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/organizations/${org}/people?limit=1${cursor ? `&cursor=${cursor}` : ""}`;
      const page = (await as(t.app, admin)({ method: "GET", url })).json();
      seen.push(...page.items.map((p: { displayName: string }) => p.displayName));
      cursor = page.nextCursor;
    } while (cursor);
    expect([...seen].sort()).toEqual([...names].sort());
    const all = (await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${org}/people?limit=50` })).json();
    expect(seen).toEqual(all.items.map((p: { displayName: string }) => p.displayName));
  });

  it("treats search wildcards literally", async () => {
    await createPerson(t.app, admin, orgId, { displayName: "100% Real" });
    const res = await as(t.app, admin)({ method: "GET", url: people(`?q=${encodeURIComponent("%")}`) });
    expect(res.json().items.map((p: { displayName: string }) => p.displayName)).toEqual(["100% Real"]);
  });

  it("404s a missing person and 400s a malformed id", async () => {
    expectProblem(await as(t.app, admin)({ method: "GET", url: people("/01900000-0000-7000-8000-000000000000") }), 404, "not_found");
    const bad = await as(t.app, admin)({ method: "GET", url: people("/not-a-uuid") });
    expectProblem(bad, 400, "validation_failed");
    expect(bad.json().errors[0].path).toBe("params.id");
  });
});

describe("history of a person", () => {
  it("records who changed which field from what to what", async () => {
    const person = await createPerson(t.app, admin, orgId, { displayName: "Hist", title: "Artist" });
    await as(t.app, admin)({ method: "PATCH", url: people(`/${person.id}`), body: { version: 1, title: "Lead Artist" } });
    const res = await as(t.app, member)({ method: "GET", url: `/api/v1/organizations/${orgId}/audit/person/${person.id}` });
    expect(res.statusCode).toBe(200);
    const [update, create] = res.json().items;
    expect(update).toMatchObject({ action: "update", actor: { id: admin.id, name: "Ada" }, changes: [{ field: "title", old: "Artist", new: "Lead Artist" }] });
    expect(create.action).toBe("create");
    expect(create.changes).toEqual(expect.arrayContaining([{ field: "displayName", old: null, new: "Hist" }]));
    expectProblem(await as(t.app, outsider)({ method: "GET", url: `/api/v1/organizations/${orgId}/audit/person/${person.id}` }), 404, "not_found");
  });
});
