import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { SocketMessage } from "@backlot/contracts/core/events";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createVfxProject, createShotTask, pngImage, upload } from "../../../../test/review-fixtures";
import { createTestApp, type TestApp, testOrigin } from "../../../../test/test-app";

let t: TestApp;
let supervisor: TestUser;
let artist: TestUser;
let other: TestUser;
let client: TestUser;
let outsider: TestUser;
let orgId: string;
let setup: Awaited<ReturnType<typeof createVfxProject>>;

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await signUp(t.app, { name: "Sam Supervisor" });
  [artist, other, client, outsider] = [await signUp(t.app, { name: "Mia Artist" }), await signUp(t.app), await signUp(t.app), await signUp(t.app)];
  orgId = (await createOrganization(t.app, supervisor)).id;
  await addMember(t.app, supervisor, orgId, artist, "member");
  await addMember(t.app, supervisor, orgId, other, "member");
  await addMember(t.app, supervisor, orgId, client, "client");
  setup = await createVfxProject(t.app, supervisor, orgId, "NL");
});
afterAll(() => t.close());

const o = (p: string) => `/api/v1/organizations/${orgId}${p}`;
const submit = (user: TestUser, taskId: string, body: Record<string, unknown> = {}) =>
  as(t.app, user)({ method: "POST", url: o(`/tasks/${taskId}/versions`), body });
const statusOf = async (taskId: string) => {
  const task = (await as(t.app, other)({ method: "GET", url: o(`/projects/${setup.project.id}/tasks/${taskId}`) })).json();
  return setup.config.statuses.find((s) => s.id === task.statusId)?.state;
};

describe("versions", () => {
  it("submits an uploaded image as version 1 of a task, with its thumbnail and shot", async () => {
    const { taskId, entityId } = await createShotTask(t.app, supervisor, orgId, setup, "SH010");
    const file = await upload(t.app, artist, orgId, await pngImage(1280, 720), "SH010_comp_v001.png");
    const res = await submit(artist, taskId, { fileId: file.id, description: "First pass" });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      number: 1,
      label: "v001",
      reviewStatus: "pending_review",
      taskId,
      entityId,
      entityCode: "SH010",
      taskName: "Compositing",
      taskTypeName: "Compositing",
      projectId: setup.project.id,
      submittedBy: artist.id,
      submittedByName: "Mia Artist",
      file: { id: file.id, hasThumbnail: true, width: 1280, height: 720 },
    });
  });

  it("numbers concurrent submissions 1…n without gaps or duplicates", async () => {
    const { taskId } = await createShotTask(t.app, supervisor, orgId, setup, "SH020");
    const results = await Promise.all(Array.from({ length: 12 }, () => submit(artist, taskId)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    expect(results.map((r) => r.json().number).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const listed = (await as(t.app, other)({ method: "GET", url: o(`/tasks/${taskId}/versions`) })).json();
    expect(listed.items.map((v: { number: number }) => v.number)).toEqual(Array.from({ length: 12 }, (_, i) => 12 - i));
  });

  it("refuses bad input with field paths and unknown tasks with 404", async () => {
    const { taskId } = await createShotTask(t.app, supervisor, orgId, setup);
    const bad = await submit(artist, taskId, { fileId: "nope", description: "x".repeat(5001) });
    expectProblem(bad, 400, "validation_failed");
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.description", "body.fileId"]);
    const otherOrg = (await createOrganization(t.app, outsider, "Elsewhere")).id;
    const foreign = await upload(t.app, outsider, otherOrg, await pngImage(4, 4), "x.png");
    const refused = await submit(artist, taskId, { fileId: foreign.id });
    expect(refused.json().errors).toEqual([{ path: "body.fileId", message: "No file in this organization has this id" }]);
    expectProblem(await submit(artist, setup.project.id), 404, "not_found");
  });

  it("retake with a note: the task moves to the retake status, the artist is notified once, and watchers see the task change live", async () => {
    const { taskId } = await createShotTask(t.app, supervisor, orgId, setup, "SH030");
    const version = (await submit(artist, taskId)).json();
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const messages: SocketMessage[] = [];
    const socket = new WebSocket(`${base.replace("http", "ws")}/api/v1/organizations/${orgId}/events`, {
      headers: { cookie: other.cookie, origin: testOrigin },
    });
    socket.on("message", (raw) => messages.push(JSON.parse(String(raw))));
    for (let i = 0; i < 100 && !messages.some((m) => m.kind === "ready"); i++) await new Promise((r) => setTimeout(r, 50));
    const res = await as(
      t.app,
      supervisor,
    )({
      method: "POST",
      url: o(`/versions/${version.id}/review`),
      body: { version: 1, reviewStatus: "retake", note: `@[Mia](user:${artist.id}) the edge flickers at 1012` },
    });
    expect(res.statusCode, res.body).toBe(200);
    const retake = setup.config.statuses.find((s) => s.state === "retake");
    expect(res.json()).toMatchObject({
      version: { reviewStatus: "retake", version: 2 },
      task: { id: taskId, statusId: retake?.id, moved: true, version: 2 },
      note: { recordType: "version", recordId: version.id, mentionedUserIds: [artist.id] },
    });
    expect(await statusOf(taskId)).toBe("retake");
    const inbox = (await as(t.app, artist)({ method: "GET", url: o("/notifications") })).json().items;
    expect(inbox.map((n: { kind: string; title: string }) => [n.kind, n.title])).toEqual([
      ["mention", "Sam Supervisor mentioned you on SH030 · Compositing v001"],
    ]);
    for (let i = 0; i < 100; i++) {
      if (messages.some((m) => m.kind === "event" && m.event.type === "task.updated" && m.event.recordId === taskId)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const live = messages.flatMap((m) => (m.kind === "event" && m.event.type === "task.updated" ? [m.event] : []));
    expect(live[0]?.data).toMatchObject({ id: taskId, statusId: retake?.id, version: 2, assigneeSlotIds: [] });
    socket.close();
  });

  it("approval moves the task to approved and tells the submitter; a stale version gets 409", async () => {
    const { taskId } = await createShotTask(t.app, supervisor, orgId, setup);
    const version = (await submit(artist, taskId)).json();
    const approved = await as(t.app, supervisor)({ method: "POST", url: o(`/versions/${version.id}/review`), body: { version: 1, reviewStatus: "approved" } });
    expect(approved.json().task.moved).toBe(true);
    expect(await statusOf(taskId)).toBe("approved");
    const [notice] = (await as(t.app, artist)({ method: "GET", url: o("/notifications") })).json().items;
    expect(notice).toMatchObject({
      kind: "review",
      title: `Sam Supervisor set ${approved.json().version.entityCode} · Compositing v001 to Approved`,
      recordId: version.id,
    });
    const stale = await as(t.app, supervisor)({ method: "POST", url: o(`/versions/${version.id}/review`), body: { version: 1, reviewStatus: "retake" } });
    expectProblem(stale, 409, "version_conflict");
    expect(stale.json().current).toMatchObject({ reviewStatus: "approved", version: 2 });
  });

  it("leaves the task alone when the project has no status with that state", async () => {
    const { taskId } = await createShotTask(t.app, supervisor, orgId, setup);
    const retake = setup.config.statuses.find((s) => s.state === "retake");
    const archive = await as(
      t.app,
      supervisor,
    )({ method: "PATCH", url: o(`/projects/${setup.project.id}/statuses/${retake?.id}`), body: { version: 1, archived: true } });
    expect(archive.statusCode, archive.body).toBe(200);
    const version = (await submit(artist, taskId)).json();
    const res = await as(t.app, supervisor)({ method: "POST", url: o(`/versions/${version.id}/review`), body: { version: 1, reviewStatus: "retake" } });
    expect(res.json()).toMatchObject({ version: { reviewStatus: "retake" }, task: { moved: false } });
    expect(await statusOf(taskId)).toBe("not_started");
    await as(t.app, supervisor)({ method: "PATCH", url: o(`/projects/${setup.project.id}/statuses/${retake?.id}`), body: { version: 2, archived: false } });
  });

  it("lets the submitter or a reviewer edit the description, nobody else", async () => {
    const { taskId } = await createShotTask(t.app, supervisor, orgId, setup);
    const version = (await submit(artist, taskId, { description: "v1" })).json();
    const mine = await as(t.app, artist)({ method: "PATCH", url: o(`/versions/${version.id}`), body: { version: 1, description: "Denoised" } });
    expect(mine.json()).toMatchObject({ description: "Denoised", version: 2 });
    expectProblem(await as(t.app, other)({ method: "PATCH", url: o(`/versions/${version.id}`), body: { version: 2, description: "Mine" } }), 403, "forbidden");
    expect((await as(t.app, supervisor)({ method: "PATCH", url: o(`/versions/${version.id}`), body: { version: 2, description: "OK" } })).statusCode).toBe(200);
    expectProblem(
      await as(t.app, artist)({ method: "POST", url: o(`/versions/${version.id}/review`), body: { version: 3, reviewStatus: "approved" } }),
      403,
      "forbidden",
    );
  });

  it("lists a project's versions newest first, filtered and paged", async () => {
    const list = (await as(t.app, other)({ method: "GET", url: o(`/projects/${setup.project.id}/versions?reviewStatus=retake&limit=1`) })).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].reviewStatus).toBe("retake");
    const next = (
      await as(t.app, other)({ method: "GET", url: o(`/projects/${setup.project.id}/versions?reviewStatus=retake&limit=1&cursor=${list.nextCursor}`) })
    ).json();
    expect(next.items.every((v: { id: string; reviewStatus: string }) => v.reviewStatus === "retake" && v.id < list.items[0].id)).toBe(true);
    expectProblem(await as(t.app, other)({ method: "GET", url: o(`/projects/${setup.project.id}/versions?reviewStatus=lost`) }), 400, "validation_failed");
  });

  it("answers 401 without credentials, 403 to a client, 404 to another organization", async () => {
    const { taskId } = await createShotTask(t.app, supervisor, orgId, setup);
    const version = (await submit(artist, taskId)).json();
    expectProblem(await as(t.app, null)({ method: "GET", url: o(`/versions/${version.id}`) }), 401, "unauthenticated");
    expectProblem(await as(t.app, client)({ method: "GET", url: o(`/versions/${version.id}`) }), 403, "forbidden");
    expectProblem(await submit(client, taskId), 403, "forbidden");
    expectProblem(await as(t.app, outsider)({ method: "GET", url: o(`/versions/${version.id}`) }), 404, "not_found");
    expectProblem(await as(t.app, outsider)({ method: "GET", url: o(`/tasks/${taskId}/versions`) }), 404, "not_found");
  });
});
