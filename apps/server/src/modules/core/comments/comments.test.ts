import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, createPerson, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createVfxProject, createShotTask, pngImage, upload } from "../../../../test/review-fixtures";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let admin: TestUser;
let artist: TestUser;
let lead: TestUser;
let client: TestUser;
let outsider: TestUser;
let orgId: string;
let versionId: string;
let taskId: string;
let artistPersonId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app, { name: "Ada Admin" });
  artist = await signUp(t.app, { name: "Mia Artist" });
  lead = await signUp(t.app, { name: "Leo Lead" });
  client = await signUp(t.app, { name: "Cleo Client" });
  outsider = await signUp(t.app, { name: "Otto Outsider" });
  orgId = (await createOrganization(t.app, admin)).id;
  await addMember(t.app, admin, orgId, artist, "member");
  await addMember(t.app, admin, orgId, lead, "member");
  await addMember(t.app, admin, orgId, client, "client");
  artistPersonId = (await createPerson(t.app, admin, orgId, { displayName: "Mia Artist", userId: artist.id, department: "Compositing" })).id;
  await createPerson(t.app, admin, orgId, { displayName: "Leo Lead", userId: lead.id, department: "Lighting" });
  const setup = await createVfxProject(t.app, admin, orgId);
  ({ taskId } = await createShotTask(t.app, admin, orgId, setup, "SH010"));
  versionId = (await as(t.app, artist)({ method: "POST", url: `/api/v1/organizations/${orgId}/tasks/${taskId}/versions`, body: {} })).json().id;
});
afterAll(() => t.close());

const url = (p = "") => `/api/v1/organizations/${orgId}/comments${p}`;
const onVersion = (body: string, extra: Record<string, unknown> = {}) => ({ recordType: "version", recordId: versionId, body, ...extra });
const post = (user: TestUser, body: unknown) => as(t.app, user)({ method: "POST", url: url(), body });
const inbox = async (user: TestUser) =>
  (await as(t.app, user)({ method: "GET", url: `/api/v1/organizations/${orgId}/notifications` })).json().items as {
    kind: string;
    title: string;
    body: string;
    recordId: string;
  }[];

describe("comments", () => {
  it("renders Markdown safely: no scripts, handlers, images or javascript: links", async () => {
    const body = [
      "**Edge** is _soft_ on frame 1012",
      "<script>alert(1)</script><img src=x onerror=alert(2)>",
      "[bad](javascript:alert(3)) [good](https://example.com)",
      '<a href="https://example.com" onclick="alert(4)">x</a>',
    ].join("\n\n");
    const res = await post(lead, onVersion(body));
    expect(res.statusCode, res.body).toBe(201);
    const { bodyHtml, body: stored } = res.json();
    expect(stored).toBe(body);
    expect(bodyHtml).toContain("<strong>Edge</strong> is <em>soft</em>");
    expect(bodyHtml).not.toMatch(/<script|<img|onerror|onclick|javascript:/i);
    expect(bodyHtml).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">good</a>');
  });

  it("resolves @mentions of a person and a department (not inside code) and notifies each member once", async () => {
    // Leo is named only through his department; the mention inside code is not a mention.
    const body = `@[Mia](person:${artistPersonId}) and @[Lighting](department:lighting), \`@[Not](user:${admin.id})\``;
    const res = await post(admin, onVersion(body));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().mentionedUserIds).toEqual([artist.id, lead.id].sort());
    expect(res.json().bodyHtml).toContain(`<span class="mention" data-mention-kind="person" data-mention-ref="${artistPersonId}">@Mia</span>`);
    for (const user of [artist, lead]) {
      const mentions = (await inbox(user)).filter((n) => n.kind === "mention");
      expect(mentions).toHaveLength(1);
      expect(mentions[0]).toMatchObject({ title: "Ada Admin mentioned you on SH010 · Compositing v001", recordId: versionId });
      expect(mentions[0]?.body).toContain("@Mia and @Lighting");
    }
  });

  it("does not notify mentioned users who cannot read the record, nor the author", async () => {
    const res = await post(admin, onVersion(`@[Cleo](user:${client.id}) @[me](user:${admin.id})`));
    expect(res.json().mentionedUserIds).toEqual([admin.id, client.id].sort());
    expect(await inbox(client)).toEqual([]);
    expect(await inbox(admin)).toEqual([]);
  });

  it("threads replies and keeps them on the same record", async () => {
    const parent = (await post(artist, onVersion("Question?"))).json();
    const reply = await post(lead, onVersion("Answer.", { parentId: parent.id }));
    expect(reply.statusCode).toBe(201);
    expect(reply.json().parentId).toBe(parent.id);
    const elsewhere = await post(lead, { recordType: "task", recordId: taskId, body: "Wrong thread", parentId: parent.id });
    expectProblem(elsewhere, 400, "validation_failed");
    expect(elsewhere.json().errors[0].path).toBe("body.parentId");
  });

  it("attaches files of the organization only", async () => {
    const file = await upload(t.app, artist, orgId, await pngImage(16, 16), "ref.png");
    const res = await post(artist, onVersion("See attached", { attachmentIds: [file.id] }));
    expect(res.json().attachments).toEqual([expect.objectContaining({ id: file.id, contentType: "image/png", hasThumbnail: true })]);
    const otherOrg = (await createOrganization(t.app, outsider, "Other")).id;
    const foreign = await upload(t.app, outsider, otherOrg, await pngImage(4, 4), "theirs.png");
    const refused = await post(artist, onVersion("Sneaky", { attachmentIds: [foreign.id] }));
    expectProblem(refused, 400, "validation_failed");
    expect(refused.json().errors[0].path).toBe("body.attachmentIds");
  });

  it("validates input with field paths and answers 404 for a record that is not in the organization", async () => {
    const bad = await post(artist, { recordType: "spaceship", recordId: "nope", body: "" });
    expectProblem(bad, 400, "validation_failed");
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.body", "body.recordId", "body.recordType"]);
    expectProblem(await post(artist, { recordType: "task", recordId: versionId, body: "Not a task id" }), 404, "not_found");
  });

  it("comments on people need person.read, and list in order with cursor pages", async () => {
    for (const n of [1, 2, 3]) expect((await post(artist, { recordType: "person", recordId: artistPersonId, body: `Note ${n}` })).statusCode).toBe(201);
    const first = (await as(t.app, artist)({ method: "GET", url: url(`?recordType=person&recordId=${artistPersonId}&limit=2`) })).json();
    expect(first.items.map((c: { body: string }) => c.body)).toEqual(["Note 1", "Note 2"]);
    const second = (
      await as(t.app, artist)({ method: "GET", url: url(`?recordType=person&recordId=${artistPersonId}&limit=2&cursor=${first.nextCursor}`) })
    ).json();
    expect([second.items.map((c: { body: string }) => c.body), second.nextCursor]).toEqual([["Note 3"], null]);
  });

  it("lets authors edit (versioned, re-notifying only new mentions) and delete their own comments", async () => {
    const comment = (await post(artist, onVersion(`Ping @[Leo](user:${lead.id})`))).json();
    const before = (await inbox(lead)).length;
    const edited = await as(
      t.app,
      artist,
    )({ method: "PATCH", url: url(`/${comment.id}`), body: { version: 1, body: `Ping @[Leo](user:${lead.id}) @[Ada](user:${admin.id})` } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, editedAt: expect.any(String), mentionedUserIds: [admin.id, lead.id].sort() });
    expect((await inbox(lead)).length).toBe(before);
    expect((await inbox(admin)).map((n) => n.title)).toEqual(["Mia Artist mentioned you on SH010 · Compositing v001"]);
    const stale = await as(t.app, artist)({ method: "PATCH", url: url(`/${comment.id}`), body: { version: 1, body: "Late" } });
    expectProblem(stale, 409, "version_conflict");
    expectProblem(await as(t.app, lead)({ method: "PATCH", url: url(`/${comment.id}`), body: { version: 2, body: "Mine now" } }), 403, "forbidden");
    expectProblem(await as(t.app, lead)({ method: "DELETE", url: url(`/${comment.id}`) }), 403, "forbidden");
    expect((await as(t.app, artist)({ method: "DELETE", url: url(`/${comment.id}`) })).statusCode).toBe(204);
    const tombstone = (await as(t.app, lead)({ method: "GET", url: url(`/${comment.id}`) })).json();
    expect(tombstone).toMatchObject({ body: "", bodyHtml: "", deletedAt: expect.any(String), version: 3 });
    expectProblem(await as(t.app, artist)({ method: "DELETE", url: url(`/${comment.id}`) }), 404, "not_found");
  });

  it("answers 401 without credentials, 403 to a client, 404 to another organization", async () => {
    const comment = (await post(artist, onVersion("Guarded"))).json();
    expectProblem(await as(t.app, null)({ method: "GET", url: url(`/${comment.id}`) }), 401, "unauthenticated");
    expectProblem(await post(client, onVersion("Hi")), 403, "forbidden");
    expectProblem(await as(t.app, client)({ method: "GET", url: url(`?recordType=version&recordId=${versionId}`) }), 403, "forbidden");
    expectProblem(await as(t.app, outsider)({ method: "GET", url: url(`/${comment.id}`) }), 404, "not_found");
    expectProblem(await post(outsider, onVersion("Hi")), 404, "not_found");
  });
});
