import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProject, createStudio, type Studio } from "../../../../test/booking-factories";
import { addMember, as, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let s: Studio;
let base: string;
let member: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  s = await createStudio(t.app);
  base = s.url(`/projects/${s.projectId}/timeline`);
  member = await signUp(t.app);
  await addMember(t.app, s.admin, s.orgId, member, "member");
});
afterAll(() => t.close());

const post = (path: string, body: unknown) => s.call({ method: "POST", url: `${base}${path}`, body });
const patch = (path: string, body: unknown) => s.call({ method: "PATCH", url: `${base}${path}`, body });
const timeline = async () => (await s.call({ method: "GET", url: base })).json();

describe("project timeline: phases and milestones", () => {
  it("creates, lists, edits and deletes phases and milestones, in order, with history", async () => {
    expect(await timeline()).toEqual({ phases: [], milestones: [], dependencies: [] });
    const prep = await post("/phases", { name: " Prep ", startDate: "2026-03-02", endDate: "2026-03-13", color: "#FA5252" });
    expect(prep.statusCode, prep.body).toBe(201);
    expect(prep.json()).toMatchObject({ name: "Prep", color: "#fa5252", sortOrder: 0, progress: 0, notes: null, version: 1, projectId: s.projectId });
    const shoot = (await post("/phases", { name: "Shoot", startDate: "2026-03-16", endDate: "2026-03-20", progress: 40 })).json();
    expect(shoot).toMatchObject({ sortOrder: 1, progress: 40, color: "#4c6ef5" });
    const lock = await post("/milestones", { name: "Picture lock", date: "2026-03-20", phaseId: shoot.id });
    expect(lock.statusCode, lock.body).toBe(201);
    expect(lock.json()).toMatchObject({ name: "Picture lock", date: "2026-03-20", phaseId: shoot.id, done: false, version: 1 });

    const edited = await patch(`/phases/${shoot.id}`, { version: 1, progress: 75, notes: "Two units" });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ phase: { progress: 75, notes: "Two units", version: 2 }, moved: [], warnings: [] });
    const done = await patch(`/milestones/${lock.json().id}`, { version: 1, done: true });
    expect(done.json()).toMatchObject({ done: true, version: 2 });

    const all = await timeline();
    expect(all.phases.map((p: { name: string }) => p.name)).toEqual(["Prep", "Shoot"]);
    expect(all.milestones).toHaveLength(1);
    const history = await s.call({ method: "GET", url: s.url(`/audit/timeline_phase/${shoot.id}`) });
    expect(history.json().items.map((e: { action: string }) => e.action)).toEqual(["update", "create"]);

    // Deleting a phase keeps its milestone, no longer tied to it.
    expect((await s.call({ method: "DELETE", url: `${base}/phases/${shoot.id}` })).statusCode).toBe(204);
    const after = await timeline();
    expect(after.phases.map((p: { id: string }) => p.id)).toEqual([prep.json().id]);
    expect(after.milestones[0]).toMatchObject({ id: lock.json().id, phaseId: null });
    expect((await s.call({ method: "DELETE", url: `${base}/milestones/${lock.json().id}` })).statusCode).toBe(204);
    expect((await timeline()).milestones).toEqual([]);
  });

  it("keeps the version on a save without edits and refuses a stale version with the current record", async () => {
    const phase = (await post("/phases", { name: "Post", startDate: "2026-04-01", endDate: "2026-04-30" })).json();
    const same = await patch(`/phases/${phase.id}`, { version: 1, name: "Post", startDate: "2026-04-01", cascade: "move" });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ phase: { version: 1 }, moved: [], warnings: [] });
    expect((await patch(`/phases/${phase.id}`, { version: 1, name: "Online" })).json().phase.version).toBe(2);
    const stale = await patch(`/phases/${phase.id}`, { version: 1, name: "Offline" });
    expectProblem(stale, 409, "version_conflict");
    expect(stale.json().current).toMatchObject({ name: "Online", version: 2 });
    const milestone = (await post("/milestones", { name: "Delivery", date: "2026-04-30" })).json();
    expect((await patch(`/milestones/${milestone.id}`, { version: 1, name: "Delivery" })).json().version).toBe(1);
    await patch(`/milestones/${milestone.id}`, { version: 1, name: "Final delivery" });
    expectProblem(await patch(`/milestones/${milestone.id}`, { version: 1, done: true }), 409, "version_conflict");
  });

  it("names the field of bad input", async () => {
    const field = async (res: Awaited<ReturnType<typeof post>>, path: string) => {
      expectProblem(res, 400, "validation_failed");
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    };
    await field(await post("/phases", { name: "", startDate: "2026-03-02", endDate: "2026-03-03" }), "body.name");
    await field(await post("/phases", { name: "Backwards", startDate: "2026-03-05", endDate: "2026-03-02" }), "body.endDate");
    await field(await post("/phases", { name: "Colour", startDate: "2026-03-02", endDate: "2026-03-03", color: "red" }), "body.color");
    await field(await post("/phases", { name: "Pct", startDate: "2026-03-02", endDate: "2026-03-03", progress: 101 }), "body.progress");
    const phase = (await post("/phases", { name: "Edit", startDate: "2026-03-02", endDate: "2026-03-06" })).json();
    // Only the end date is sent, and it falls before the saved start.
    await field(await patch(`/phases/${phase.id}`, { version: 1, endDate: "2026-03-01" }), "body.endDate");
    await field(await patch(`/phases/${phase.id}`, { version: 1, cascade: "shove" }), "body.cascade");
    await field(await post("/milestones", { name: "Lost", date: "2026-03-02", phaseId: crypto.randomUUID() }), "body.phaseId");
    await field(await post("/milestones", { name: "Undated", date: "soon" }), "body.date");
    await field(await post("/dependencies", { predecessorId: phase.id, successorId: crypto.randomUUID() }), "body.successorId");
    await field(await post("/dependencies", { predecessorId: phase.id, successorId: phase.id, lagDays: -1 }), "body.lagDays");
  });

  it("keeps projects apart: another project's phase is a 404 here and cannot be linked", async () => {
    const other = await createProject(t.app, s.admin, s.orgId, "Other show");
    const otherBase = s.url(`/projects/${other}/timeline`);
    const theirs = (
      await s.call({ method: "POST", url: `${otherBase}/phases`, body: { name: "Theirs", startDate: "2026-03-02", endDate: "2026-03-03" } })
    ).json();
    const mine = (await post("/phases", { name: "Mine", startDate: "2026-03-02", endDate: "2026-03-03" })).json();
    expectProblem(await patch(`/phases/${theirs.id}`, { version: 1, name: "Taken" }), 404, "not_found");
    expectProblem(await post("/dependencies", { predecessorId: theirs.id, successorId: mine.id }), 400, "validation_failed");
    expectProblem(await s.call({ method: "GET", url: s.url(`/projects/${crypto.randomUUID()}/timeline`) }), 404, "not_found");
  });

  it("lets members read but only managers edit; a project-scoped manager edits that project only", async () => {
    const call = as(t.app, member);
    expect((await call({ method: "GET", url: base })).statusCode).toBe(200);
    const refused = await call({ method: "POST", url: `${base}/phases`, body: { name: "Sneaky", startDate: "2026-03-02", endDate: "2026-03-03" } });
    expectProblem(refused, 403, "forbidden");
    const guest = await signUp(t.app);
    await addMember(t.app, s.admin, s.orgId, guest, "guest");
    const asGuest = as(t.app, guest);
    expectProblem(await asGuest({ method: "GET", url: base }), 403, "forbidden");
    const grant = await s.call({
      method: "POST",
      url: s.url("/scoped-memberships"),
      body: { userId: guest.id, scopeType: "project", scopeId: s.projectId, role: "manager" },
    });
    expect(grant.statusCode, grant.body).toBe(201);
    expect((await asGuest({ method: "GET", url: base })).statusCode).toBe(200);
    const made = await asGuest({ method: "POST", url: `${base}/phases`, body: { name: "Scoped", startDate: "2026-03-02", endDate: "2026-03-03" } });
    expect(made.statusCode, made.body).toBe(201);
    const other = await createProject(t.app, s.admin, s.orgId, "Not theirs");
    expectProblem(await asGuest({ method: "GET", url: s.url(`/projects/${other}/timeline`) }), 403, "forbidden");
  });
});
