import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { LiveEvent, SocketMessage } from "@backlot/contracts/core/events";
import { addMember, as, createOrganization, createPerson, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createVfxProject, createShotTask } from "../../../../test/review-fixtures";
import { createTestApp, type TestApp, testOrigin } from "../../../../test/test-app";
import { withChanges } from "../../../platform/audit/changes";
import { notifyAssigned } from "../../tracking/review/assignment-notices";

let t: TestApp;
let base: string;
let admin: TestUser;
let artist: TestUser;
let producer: TestUser;
let outsider: TestUser;
let orgId: string;
let versionId: string;
let setup: Awaited<ReturnType<typeof createVfxProject>>;
let taskId: string;

beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ port: 0, host: "127.0.0.1" });
  [admin, artist, producer, outsider] = [
    await signUp(t.app, { name: "Ada" }),
    await signUp(t.app, { name: "Mia" }),
    await signUp(t.app, { name: "Pat" }),
    await signUp(t.app),
  ];
  orgId = (await createOrganization(t.app, admin)).id;
  await addMember(t.app, admin, orgId, artist, "member");
  await addMember(t.app, admin, orgId, producer, "admin");
  setup = await createVfxProject(t.app, admin, orgId);
  ({ taskId } = await createShotTask(t.app, admin, orgId, setup, "SH020"));
  versionId = (await as(t.app, artist)({ method: "POST", url: `/api/v1/organizations/${orgId}/tasks/${taskId}/versions`, body: {} })).json().id;
});
afterAll(() => t.close());

const url = (p = "") => `/api/v1/organizations/${orgId}/notifications${p}`;
const mention = (author: TestUser, user: TestUser, text = "look") =>
  as(
    t.app,
    author,
  )({
    method: "POST",
    url: `/api/v1/organizations/${orgId}/comments`,
    body: { recordType: "version", recordId: versionId, body: `@[x](user:${user.id}) ${text}` },
  });

/** A live-events socket collecting what it receives. */
async function listen(user: TestUser, after?: string) {
  const messages: SocketMessage[] = [];
  const socket = new WebSocket(`${base.replace("http", "ws")}/api/v1/organizations/${orgId}/events${after ? `?after=${after}` : ""}`, {
    headers: { cookie: user.cookie, origin: testOrigin },
  });
  socket.on("message", (raw) => messages.push(JSON.parse(String(raw))));
  const until = async (match: (e: LiveEvent) => boolean) => {
    for (let i = 0; i < 100; i++) {
      const found = messages.flatMap((m) => (m.kind === "event" ? [m.event] : [])).find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no such event; got ${JSON.stringify(messages)}`);
  };
  const events = () => messages.flatMap((m) => (m.kind === "event" ? [m.event] : []));
  for (let i = 0; i < 100 && !messages.some((m) => m.kind === "ready"); i++) await new Promise((r) => setTimeout(r, 50));
  return { socket, until, events };
}

describe("inbox", () => {
  it("lists my notifications newest first, counts unread, marks one read and unread, then all read", async () => {
    for (const text of ["one", "two", "three"]) expect((await mention(admin, artist, text)).statusCode).toBe(201);
    const list = (await as(t.app, artist)({ method: "GET", url: url() })).json();
    expect(list.items.map((n: { body: string }) => n.body)).toEqual(["@x three", "@x two", "@x one"]);
    expect(list.items[0]).toMatchObject({ kind: "mention", userId: artist.id, actorId: admin.id, actorName: "Ada", readAt: null, recordType: "version" });
    expect((await as(t.app, artist)({ method: "GET", url: url("/unread-count") })).json()).toEqual({ count: 3 });
    const read = await as(t.app, artist)({ method: "POST", url: url(`/${list.items[0].id}/read`) });
    expect(read.json().readAt).toEqual(expect.any(String));
    const unreadOnly = (await as(t.app, artist)({ method: "GET", url: url("?unread=true&limit=1") })).json();
    expect(unreadOnly.items.map((n: { body: string }) => n.body)).toEqual(["@x two"]);
    expect(unreadOnly.nextCursor).not.toBeNull();
    expect((await as(t.app, artist)({ method: "POST", url: url(`/${list.items[0].id}/unread`) })).json().readAt).toBeNull();
    expect((await as(t.app, artist)({ method: "POST", url: url("/read-all") })).json()).toEqual({ updated: 3 });
    expect((await as(t.app, artist)({ method: "GET", url: url("/unread-count") })).json()).toEqual({ count: 0 });
  });

  it("keeps every inbox private: another user's notification is not found", async () => {
    await mention(admin, artist, "private");
    const [mine] = (await as(t.app, artist)({ method: "GET", url: url() })).json().items;
    expectProblem(await as(t.app, producer)({ method: "POST", url: url(`/${mine.id}/read`) }), 404, "not_found");
    expect((await as(t.app, producer)({ method: "GET", url: url() })).json().items).toEqual([]);
    expectProblem(await as(t.app, outsider)({ method: "GET", url: url() }), 404, "not_found");
    expectProblem(await as(t.app, null)({ method: "GET", url: url("/unread-count") }), 401, "unauthenticated");
    expectProblem(await as(t.app, artist)({ method: "GET", url: url("?limit=0") }), 400, "validation_failed");
  });

  it("delivers a notification's live event to its recipient only, also on replay", async () => {
    const mia = await listen(artist);
    const pat = await listen(producer);
    const res = await mention(admin, artist, "live");
    const event = await mia.until((e) => e.type === "notification.created");
    expect(event.data).toMatchObject({ userId: artist.id, kind: "mention", body: "@x live" });
    // The comment event reaches both; it was committed with the notification, so Pat has had his chance.
    await pat.until((e) => e.type === "comment.created" && e.recordId === res.json().id);
    await mia.until((e) => e.type === "comment.created" && e.recordId === res.json().id);
    await as(t.app, artist)({ method: "POST", url: url("/read-all") });
    await mia.until((e) => e.type === "notification.read_all");
    const barrier = await createPerson(t.app, admin, orgId, { displayName: "Barrier" });
    await pat.until((e) => e.recordId === barrier.id);
    expect(pat.events().filter((e) => e.recordType === "notification")).toEqual([]);
    const replay = await listen(producer, String(BigInt(event.id) - 1n));
    await replay.until((e) => e.recordId === barrier.id);
    expect(replay.events().filter((e) => e.recordType === "notification")).toEqual([]);
    for (const s of [mia, pat, replay]) s.socket.close();
  });

  it("notifies the people filling newly assigned slots (notifyAssigned), never the assigner", async () => {
    const person = await createPerson(t.app, admin, orgId, { displayName: "Mia", userId: artist.id });
    const call = as(t.app, admin);
    const slotsUrl = `/api/v1/organizations/${orgId}/projects/${setup.project.id}/slots`;
    const filled = (await call({ method: "POST", url: slotsUrl, body: { role: "Artist", displayName: "Comp 3", personId: person.id } })).json();
    const empty = (await call({ method: "POST", url: slotsUrl, body: { role: "Artist", displayName: "Comp 4" } })).json();
    const adminPerson = await createPerson(t.app, admin, orgId, { displayName: "Ada", userId: admin.id });
    const self = (await call({ method: "POST", url: slotsUrl, body: { role: "Lead", displayName: "Lead", personId: adminPerson.id } })).json();
    const notified = await withChanges(t.deps.db, admin.id, (tx, record) =>
      notifyAssigned(tx, record, { organizationId: orgId, taskId, slotIds: [filled.id, empty.id, self.id], actorId: admin.id }),
    );
    expect(notified).toEqual([artist.id]);
    const [notice] = (await as(t.app, artist)({ method: "GET", url: url() })).json().items;
    expect(notice).toMatchObject({
      kind: "assignment",
      title: "You were assigned to SH020 · Compositing",
      recordType: "task",
      recordId: taskId,
      projectId: setup.project.id,
    });
  });
});
