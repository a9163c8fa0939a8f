import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, createPerson, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { createEntity, createProject, gridTask } from "../../../../test/tracking-factories";

let t: TestApp;
let admin: TestUser;
let artist: TestUser;
let orgId: string;
let artistPersonId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app);
  artist = await signUp(t.app, { name: "Ines Artist" });
  orgId = (await createOrganization(t.app, admin)).id;
  await addMember(t.app, admin, orgId, artist, "member");
  artistPersonId = (await createPerson(t.app, admin, orgId, { displayName: "Ines Artist", userId: artist.id })).id;
});
afterAll(() => t.close());

async function slotFor(base: string, personId: string | null) {
  const res = await as(
    t.app,
    admin,
  )({ method: "POST", url: `${base}/slots`, body: { role: "Artist", department: "Compositing", displayName: "Comp artist", personId } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe("tasks", () => {
  it("assigns slots, lets the artist find it in my tasks and move it, and shows it in the grid filters", async () => {
    const p = await createProject(t.app, admin, orgId);
    await createEntity(t.app, admin, p.base, { typeKey: "shot", code: "SH010" });
    await createEntity(t.app, admin, p.base, { typeKey: "shot", code: "SH020" });
    const slot = await slotFor(p.base, artistPersonId);
    const comp = await gridTask(t.app, admin, p.base, "SH010", p.taskType("Compositing"));
    const assigned = await as(
      t.app,
      admin,
    )({ method: "PATCH", url: `${p.base}/tasks/${comp.id}`, body: { version: comp.version, assigneeSlotIds: [slot], dueDate: "2026-12-04" } });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({ assigneeSlotIds: [slot], version: comp.version + 1, warnings: [] });

    const inbox = (await as(t.app, artist)({ method: "GET", url: `/api/v1/organizations/${orgId}/notifications` })).json();
    expect(inbox.items.map((n: { kind: string; title: string }) => [n.kind, n.title])).toEqual([["assignment", "You were assigned to SH010 · Compositing"]]);

    const mine = (await as(t.app, artist)({ method: "GET", url: `/api/v1/organizations/${orgId}/tasks?mine=true` })).json();
    expect(mine.items.map((i: { entityCode: string; taskTypeName: string }) => `${i.entityCode} ${i.taskTypeName}`)).toEqual(["SH010 Compositing"]);

    const started = await as(
      t.app,
      artist,
    )({ method: "PATCH", url: `${p.base}/tasks/${comp.id}`, body: { version: comp.version + 1, statusId: p.status("wip") } });
    expect(started.statusCode, started.body).toBe(200);
    const reassign = await as(t.app, artist)({ method: "PATCH", url: `${p.base}/tasks/${comp.id}`, body: { version: comp.version + 2, assigneeSlotIds: [] } });
    expectProblem(reassign, 403, "forbidden");

    const byStatus = (await as(t.app, admin)({ method: "GET", url: `${p.base}/grid?type=shot&statusId=${p.status("wip")}` })).json();
    expect(byStatus.rows.map((r: { code: string }) => r.code)).toEqual(["SH010"]);
    const byAssignee = (await as(t.app, admin)({ method: "GET", url: `${p.base}/grid?type=shot&assigneeSlotId=${slot}` })).json();
    expect(byAssignee.rows.map((r: { code: string }) => r.code)).toEqual(["SH010"]);
    expect(byAssignee.rows[0].tasks[p.taskType("Compositing")]).toMatchObject({ statusId: p.status("wip"), assigneeSlotIds: [slot] });
  });

  it("refuses slots and statuses of another project, and stale versions", async () => {
    const p = await createProject(t.app, admin, orgId);
    const other = await createProject(t.app, admin, orgId);
    await createEntity(t.app, admin, p.base, { typeKey: "shot", code: "SH010" });
    const task = await gridTask(t.app, admin, p.base, "SH010", p.taskType("Lighting"));
    const call = as(t.app, admin);
    const foreignStatus = await call({ method: "PATCH", url: `${p.base}/tasks/${task.id}`, body: { version: task.version, statusId: other.status("wip") } });
    expect(foreignStatus.json().errors[0].path).toBe("body.statusId");
    const foreignSlot = await call({
      method: "PATCH",
      url: `${p.base}/tasks/${task.id}`,
      body: { version: task.version, assigneeSlotIds: [await slotFor(other.base, null)] },
    });
    expect(foreignSlot.json().errors[0].path).toBe("body.assigneeSlotIds.0");
    await call({ method: "PATCH", url: `${p.base}/tasks/${task.id}`, body: { version: task.version, priority: 3 } });
    expectProblem(await call({ method: "PATCH", url: `${p.base}/tasks/${task.id}`, body: { version: task.version, priority: 1 } }), 409, "version_conflict");
  });

  it("bulk-edits many tasks in one transaction, all or nothing", async () => {
    const p = await createProject(t.app, admin, orgId);
    for (const code of ["SH010", "SH020", "SH030"]) await createEntity(t.app, admin, p.base, { typeKey: "shot", code });
    const roto = p.taskType("Roto");
    const cells = await Promise.all(["SH010", "SH020", "SH030"].map((c) => gridTask(t.app, admin, p.base, c, roto)));
    const call = as(t.app, admin);
    const stale = await call({
      method: "POST",
      url: `${p.base}/tasks/bulk`,
      body: { tasks: cells.map((c, i) => ({ id: c.id, version: i === 2 ? 99 : c.version })), changes: { statusId: p.status("hld") } },
    });
    expectProblem(stale, 409, "version_conflict");
    expect((await gridTask(t.app, admin, p.base, "SH010", roto)).statusId).not.toBe(p.status("hld"));
    const ok = await call({
      method: "POST",
      url: `${p.base}/tasks/bulk`,
      body: { tasks: cells.map((c) => ({ id: c.id, version: c.version })), changes: { statusId: p.status("hld") } },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const held = (await call({ method: "GET", url: `${p.base}/grid?type=shot&statusId=${p.status("hld")}&taskTypeId=${roto}` })).json();
    expect(held.total).toBe(3);
    const slot = await slotFor(p.base, artistPersonId);
    const fresh = await Promise.all(["SH010", "SH020", "SH030"].map((c) => gridTask(t.app, admin, p.base, c, roto)));
    const assign = await call({
      method: "POST",
      url: `${p.base}/tasks/bulk`,
      body: { tasks: fresh.map((c) => ({ id: c.id, version: c.version })), changes: { assigneeSlotIds: [slot] } },
    });
    expect(assign.statusCode, assign.body).toBe(200);
    const inbox = (await as(t.app, artist)({ method: "GET", url: `/api/v1/organizations/${orgId}/notifications` })).json();
    expect(inbox.items.filter((n: { title: string }) => n.title.includes("Roto")).map((n: { title: string }) => n.title)).toEqual([
      "You were assigned to SH010 · Roto and 2 more tasks",
    ]);
  });
});

describe("dependencies and readiness", () => {
  it("warns when starting before a predecessor is approved, refuses cycles, and reads cast assets", async () => {
    const p = await createProject(t.app, admin, orgId);
    const call = as(t.app, admin);
    const shot = await createEntity(t.app, admin, p.base, { typeKey: "shot", code: "SH010" });
    const anim = await gridTask(t.app, admin, p.base, "SH010", p.taskType("Animation"));
    const light = await gridTask(t.app, admin, p.base, "SH010", p.taskType("Lighting"));
    const comp = await gridTask(t.app, admin, p.base, "SH010", p.taskType("Compositing"));
    expect((await call({ method: "POST", url: `${p.base}/tasks/${light.id}/dependencies`, body: { predecessorId: anim.id } })).statusCode).toBe(201);
    expect((await call({ method: "POST", url: `${p.base}/tasks/${comp.id}/dependencies`, body: { predecessorId: light.id } })).statusCode).toBe(201);
    const cycle = await call({ method: "POST", url: `${p.base}/tasks/${anim.id}/dependencies`, body: { predecessorId: comp.id } });
    expectProblem(cycle, 409, "dependency_cycle");
    expect(cycle.json().errors[0].path).toBe("body.predecessorId");
    expectProblem(await call({ method: "POST", url: `${p.base}/tasks/${anim.id}/dependencies`, body: { predecessorId: anim.id } }), 409, "dependency_cycle");

    const early = await call({ method: "PATCH", url: `${p.base}/tasks/${light.id}`, body: { version: light.version, statusId: p.status("wip") } });
    expect(early.statusCode).toBe(200);
    expect(early.json().warnings).toEqual([expect.objectContaining({ code: "predecessor_not_approved", taskIds: [anim.id] })]);
    await call({ method: "PATCH", url: `${p.base}/tasks/${anim.id}`, body: { version: anim.version, statusId: p.status("apr") } });
    const ready = (await call({ method: "GET", url: `${p.base}/tasks/${light.id}/readiness` })).json();
    expect(ready).toEqual({ ready: true, blockers: [] });

    const asset = await createEntity(t.app, admin, p.base, { typeKey: "asset", code: "chr_mara" });
    await call({ method: "PUT", url: `${p.base}/entities/${shot.id}/casting`, body: { assets: [{ assetId: asset.id }] } });
    const castBlock = (await call({ method: "GET", url: `${p.base}/tasks/${light.id}/readiness` })).json();
    expect(castBlock.ready).toBe(false);
    expect(castBlock.blockers[0]).toMatchObject({ code: "cast_asset_not_approved" });
    expect(castBlock.blockers[0].message).toContain("chr_mara Rigging");

    const all = (await call({ method: "GET", url: `${p.base}/dependencies` })).json();
    expect(all.items.map((d: { predecessorId: string; successorId: string }) => [d.predecessorId, d.successorId]).sort()).toEqual(
      [
        [anim.id, light.id],
        [light.id, comp.id],
      ].sort(),
    );
    const removed = await call({ method: "DELETE", url: `${p.base}/tasks/${light.id}/dependencies/${anim.id}` });
    expect(removed.statusCode).toBe(204);
    const deps = (await call({ method: "GET", url: `${p.base}/tasks/${light.id}/dependencies` })).json();
    expect(deps.items.map((d: { successorName: string }) => d.successorName)).toEqual(["Compositing"]);
  });
});
