import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createVfxProject, createShotTask, pngImage, upload } from "../../../../test/review-fixtures";
import { createTestApp, type TestApp } from "../../../../test/test-app";
import { reviewLinks } from "../tracking.schema";

let t: TestApp;
let producer: TestUser;
let artist: TestUser;
let outsider: TestUser;
let orgId: string;
let setup: Awaited<ReturnType<typeof createVfxProject>>;
let playlistId: string;
let shown: { versionId: string; fileId: string; taskId: string };
let hiddenFileId: string;
let clientIp = 0;

beforeAll(async () => {
  t = await createTestApp();
  producer = await signUp(t.app, { name: "Pia Producer" });
  [artist, outsider] = [await signUp(t.app, { name: "Mia Artist" }), await signUp(t.app)];
  orgId = (await createOrganization(t.app, producer)).id;
  await addMember(t.app, producer, orgId, artist, "member");
  setup = await createVfxProject(t.app, producer, orgId);
  const { taskId } = await createShotTask(t.app, producer, orgId, setup, "SH100");
  const file = await upload(t.app, artist, orgId, await pngImage(640, 360), "SH100.png");
  const version = (await as(t.app, artist)({ method: "POST", url: o(`/tasks/${taskId}/versions`), body: { fileId: file.id } })).json();
  shown = { versionId: version.id, fileId: file.id, taskId };
  const other = await createShotTask(t.app, producer, orgId, setup, "SH200");
  hiddenFileId = (await upload(t.app, artist, orgId, await pngImage(8, 8), "secret.png")).id;
  await as(t.app, artist)({ method: "POST", url: o(`/tasks/${other.taskId}/versions`), body: { fileId: hiddenFileId } });
  playlistId = (
    await as(t.app, producer)({ method: "POST", url: o(`/projects/${setup.project.id}/playlists`), body: { name: "Client review", versionIds: [version.id] } })
  ).json().id;
});
afterAll(() => t.close());

function o(p: string) {
  return `/api/v1/organizations/${orgId}${p}`;
}
/** The client: no session, its own address (rate limits are per address). */
function asClient(ip = `192.0.2.${++clientIp}`) {
  return (options: { method?: InjectOptions["method"]; url: string; body?: unknown; headers?: Record<string, string> }) =>
    t.app.inject({
      method: options.method ?? "GET",
      url: options.url,
      payload: options.body as InjectOptions["payload"],
      headers: options.headers,
      remoteAddress: ip,
    });
}
const share = async (body: Record<string, unknown> = {}) => {
  const res = await as(t.app, producer)({ method: "POST", url: o(`/playlists/${playlistId}/review-links`), body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; token: string; url: string; hasPassword: boolean };
};
const pathOf = (token: string, p = "") => `/api/v1/review/${token}${p}`;

describe("client review links", () => {
  it("shows the token once, stores only its hash, and lists links without it", async () => {
    const link = await share();
    expect(link.url).toBe(`http://localhost:3000/review/${link.token}`);
    const [row] = await t.deps.db.select().from(reviewLinks).where(eq(reviewLinks.id, link.id));
    expect(row?.tokenHash).toBe(createHash("sha256").update(link.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(link.token);
    const listed = (await as(t.app, producer)({ method: "GET", url: o(`/playlists/${playlistId}/review-links`) })).json();
    expect(JSON.stringify(listed)).not.toContain(link.token);
    expect(listed.items[0]).toMatchObject({ id: link.id, active: true, hasPassword: false });
  });

  it("never replays the token for a repeated Idempotency-Key", async () => {
    const call = () =>
      as(t.app, producer)({ method: "POST", url: o(`/playlists/${playlistId}/review-links`), body: {}, headers: { "idempotency-key": "share-once" } });
    const first = await call();
    const again = await call();
    expect(first.json().token).toEqual(expect.any(String));
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json().token).toBeUndefined();
    expect(again.json().id).toBe(first.json().id);
  });

  it("shows only the playlist's versions and their media, without signing in", async () => {
    const link = await share();
    const client = asClient();
    const res = await client({ url: pathOf(link.token) });
    expect(res.statusCode, res.body).toBe(200);
    const review = res.json();
    expect(review.playlist).toEqual({ name: "Client review", reviewDate: null, projectName: setup.project.name });
    expect(review.items.map((i: { entityCode: string; label: string }) => [i.entityCode, i.label])).toEqual([["SH100", "v001"]]);
    const media = review.items[0].media;
    expect((await client({ url: media.contentUrl })).statusCode).toBe(200);
    expect((await client({ url: media.thumbnailUrl })).headers["content-type"]).toBe("image/webp");
    expectProblem(await client({ url: pathOf(link.token, `/files/${hiddenFileId}/content`) }), 404, "not_found");
    expectProblem(await client({ url: pathOf(`blr_${"x".repeat(43)}`) }), 404, "not_found");
  });

  it("takes the client's note and decision: the version and its task change, staff are told", async () => {
    const link = await share();
    await as(
      t.app,
      producer,
    )({ method: "POST", url: o("/comments"), body: { recordType: "version", recordId: shown.versionId, body: "For the client", clientVisible: true } });
    await as(t.app, producer)({ method: "POST", url: o("/comments"), body: { recordType: "version", recordId: shown.versionId, body: "Internal only" } });
    const client = asClient();
    const note = await client({
      method: "POST",
      url: pathOf(link.token, `/versions/${shown.versionId}/notes`),
      body: { name: "Dana (Client)", body: `Sky is too blue @[Pia](user:${producer.id})`, reviewStatus: "retake" },
    });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json().bodyHtml).toContain("Sky is too blue @Pia");
    expect(note.json().bodyHtml).not.toContain("mention");
    const version = (await as(t.app, producer)({ method: "GET", url: o(`/versions/${shown.versionId}`) })).json();
    expect(version.reviewStatus).toBe("retake");
    const task = (await as(t.app, producer)({ method: "GET", url: o(`/projects/${setup.project.id}/tasks/${shown.taskId}`) })).json();
    expect(task.statusId).toBe(setup.config.statuses.find((s) => s.state === "retake")?.id);
    for (const user of [artist, producer]) {
      const [notice] = (await as(t.app, user)({ method: "GET", url: o("/notifications") })).json().items;
      expect(notice).toMatchObject({ kind: "review", title: "Dana (Client) (client) set SH100 · Compositing v001 to Retake", actorId: null });
    }
    const notes = (await client({ url: pathOf(link.token) })).json().items[0].notes;
    expect(notes.map((n: { bodyHtml: string }) => n.bodyHtml.replace(/<[^>]+>/g, "").trim())).toEqual([
      "For the client",
      expect.stringContaining("Dana (Client) (client · Retake)"),
    ]);
    const bad = await client({
      method: "POST",
      url: pathOf(link.token, `/versions/${shown.versionId}/notes`),
      body: { name: "", body: "", reviewStatus: "maybe" },
    });
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.body", "body.name", "body.reviewStatus"]);
    const notShown = await client({ method: "POST", url: pathOf(link.token, `/versions/${setup.project.id}/notes`), body: { name: "D", body: "?" } });
    expectProblem(notShown, 404, "not_found");
  });

  it("asks for the password, and gives media keys only to those who gave it", async () => {
    const link = await share({ password: "dailies-2026" });
    expect(link.hasPassword).toBe(true);
    const client = asClient();
    const missing = await client({ url: pathOf(link.token) });
    expectProblem(missing, 401, "unauthenticated");
    expect(missing.json().errors[0].path).toBe("headers.x-review-password");
    expectProblem(await client({ url: pathOf(link.token), headers: { "x-review-password": "guess" } }), 401, "unauthenticated");
    const open = await client({ url: pathOf(link.token), headers: { "x-review-password": "dailies-2026" } });
    expect(open.statusCode).toBe(200);
    const { contentUrl } = open.json().items[0].media;
    expect(contentUrl).toContain("?key=");
    expect((await client({ url: contentUrl })).statusCode).toBe(200);
    expectProblem(await client({ url: contentUrl.split("?")[0] }), 401, "unauthenticated");
    expectProblem(await client({ url: `${contentUrl.split("?")[0]}?key=forged` }), 401, "unauthenticated");
    const [row] = await t.deps.db.select({ passwordHash: reviewLinks.passwordHash }).from(reviewLinks).where(eq(reviewLinks.id, link.id));
    expect(row?.passwordHash).toMatch(/^scrypt\$/);
  });

  it("stops working once expired or revoked", async () => {
    const refused = await as(t.app, producer)({ method: "POST", url: o(`/playlists/${playlistId}/review-links`), body: { expiresAt: "2020-01-01T00:00:00Z" } });
    expect(refused.json().errors[0].path).toBe("body.expiresAt");
    const expiring = await share({ expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await asClient()({ url: pathOf(expiring.token) })).statusCode).toBe(200);
    await t.deps.db
      .update(reviewLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(reviewLinks.id, expiring.id));
    const expired = await asClient()({ url: pathOf(expiring.token) });
    expect([expired.statusCode, expired.json().detail]).toEqual([404, "This review link has expired"]);
    const link = await share();
    const revoked = await as(t.app, producer)({ method: "POST", url: o(`/review-links/${link.id}/revoke`) });
    expect(revoked.json()).toMatchObject({ active: false, revokedAt: expect.any(String) });
    expect((await asClient()({ url: pathOf(link.token) })).json().detail).toBe("This review link was revoked");
    expectProblem(await as(t.app, producer)({ method: "POST", url: o(`/review-links/${link.id}/revoke`) }), 409, "conflict");
  });

  it("rate-limits notes per client address", async () => {
    const link = await share();
    const client = asClient("198.51.100.7");
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      codes.push(
        (await client({ method: "POST", url: pathOf(link.token, `/versions/${shown.versionId}/notes`), body: { name: "Spam", body: `n${i}` } })).statusCode,
      );
    }
    expect(codes.slice(0, 20).every((c) => c === 201)).toBe(true);
    expect(codes[20]).toBe(429);
    expect((await asClient("198.51.100.8")({ url: pathOf(link.token) })).statusCode).toBe(200);
  });

  it("lets only reviewers manage links (403), hides them from other organizations (404) and needs sign-in (401)", async () => {
    const link = await share();
    expectProblem(await as(t.app, artist)({ method: "POST", url: o(`/playlists/${playlistId}/review-links`), body: {} }), 403, "forbidden");
    expectProblem(await as(t.app, artist)({ method: "POST", url: o(`/review-links/${link.id}/revoke`) }), 403, "forbidden");
    expectProblem(await as(t.app, outsider)({ method: "GET", url: o(`/playlists/${playlistId}/review-links`) }), 404, "not_found");
    expectProblem(await as(t.app, null)({ method: "POST", url: o(`/review-links/${link.id}/revoke`) }), 401, "unauthenticated");
  });
});
