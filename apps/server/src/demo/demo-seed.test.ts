import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, testOrigin } from "../../test/test-app";
import { seedDemo } from "./demo-seed";

/** The demo studio a new user signs in to on first start: it must be there and working. */
let t: TestApp;
let cookie: string;
let supervisorCookie: string;
let orgId: string;

async function signIn(email: string, password: string) {
  const res = await t.app.inject({ method: "POST", url: "/api/auth/sign-in/email", headers: { origin: testOrigin }, payload: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  return [res.headers["set-cookie"]]
    .flat()
    .map((c) => String(c).split(";")[0])
    .join("; ");
}

beforeAll(async () => {
  t = await createTestApp();
  const info = await seedDemo(t.deps);
  cookie = await signIn("member@demo.backlot.dev", info.password);
  supervisorCookie = await signIn("manager@demo.backlot.dev", info.password);
  const orgs = await t.app.inject({ method: "GET", url: "/api/v1/organizations", headers: { cookie, origin: testOrigin } });
  orgId = orgs.json().items[0].id;
}, 120_000);
afterAll(() => t.close());

type Version = { number: number; entityCode: string; taskTypeName: string; fileId: string; reviewStatus: string; file: { sha256: string } | null };

const get = (url: string, as = cookie) => t.app.inject({ method: "GET", url, headers: { cookie: as, origin: testOrigin } }).then((r) => r.json());

async function harbourLights() {
  const projects = await get(`/api/v1/organizations/${orgId}/projects`);
  return projects.items.find((p: { code: string }) => p.code === "HBL");
}

describe("demo studio", () => {
  it("has a VFX show part-way through production, with the member's tasks waiting in my tasks", async () => {
    const projects = await get(`/api/v1/organizations/${orgId}/projects`);
    const show = projects.items.find((p: { code: string }) => p.code === "HBL");
    expect(show).toMatchObject({ name: "Harbour Lights", kind: "vfx", clientName: "Meridian Pictures" });
    const base = `/api/v1/organizations/${orgId}/projects/${show.id}`;
    const grid = await get(`${base}/grid?type=shot&limit=200`);
    expect(grid.total).toBe(48);
    expect(grid.rows[0].custom.complexity).toBeDefined();
    expect(Object.keys(grid.rows[0].tasks)).toHaveLength(7);
    expect((await get(`${base}/entities?type=sequence`)).items).toHaveLength(4);
    expect((await get(`${base}/casting`)).items.length).toBeGreaterThan(10);
    const mine = await get(`/api/v1/organizations/${orgId}/tasks?mine=true&limit=200`);
    expect(mine.items.length).toBeGreaterThanOrEqual(24);
    expect(mine.items.every((task: { taskTypeName: string }) => task.taskTypeName === "Compositing")).toBe(true);
  });

  it("has versions with real frames and thumbnails, readable through the files API", async () => {
    const show = await harbourLights();
    const versions = (await get(`/api/v1/organizations/${orgId}/projects/${show.id}/versions?limit=100`)).items;
    // 12 compositing shots up for review, 3 of them at v002, and 2 FX deliveries.
    expect(versions).toHaveLength(17);
    expect(versions.filter((v: Version) => v.number === 2).map((v: Version) => v.entityCode)).toEqual(
      expect.arrayContaining(["HBR_0020", "HBR_0050", "HBR_0090"]),
    );
    expect(versions.filter((v: Version) => v.taskTypeName === "FX")).toHaveLength(2);
    const hashes = new Set(versions.map((v: Version) => v.file?.sha256));
    expect(hashes.size).toBe(17);
    const sample = versions.find((v: Version) => v.entityCode === "HBR_0040") as Version;
    expect(sample.file).toMatchObject({ contentType: "image/jpeg", width: 1920, height: 1080, hasThumbnail: true });
    const files = `/api/v1/organizations/${orgId}/files/${sample.fileId}`;
    const thumb = await t.app.inject({ method: "GET", url: `${files}/thumbnail`, headers: { cookie, origin: testOrigin } });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers["content-type"]).toBe("image/webp");
    expect(await sharp(thumb.rawPayload).metadata()).toMatchObject({ format: "webp", width: 640, height: 360 });
    const content = await t.app.inject({ method: "GET", url: `${files}/content`, headers: { cookie, origin: testOrigin } });
    expect(await sharp(content.rawPayload).metadata()).toMatchObject({ format: "jpeg", width: 1920, height: 1080 });
  });

  it("has tonight's dailies, half reviewed, with a client link, and the tasks moved by the review", async () => {
    const show = await harbourLights();
    const playlists = (await get(`/api/v1/organizations/${orgId}/projects/${show.id}/playlists`)).items;
    const dailies = playlists.find((p: { name: string }) => p.name.startsWith("Dailies — "));
    const detail = await get(`/api/v1/organizations/${orgId}/playlists/${dailies.id}`);
    expect(detail.items).toHaveLength(14);
    expect(detail.items.map((v: Version) => v.entityCode)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `HBR_${String((i + 1) * 10).padStart(4, "0")}`),
      "STM_0010",
      "STM_0020",
    ]);
    const statuses = detail.items.map((v: Version) => v.reviewStatus);
    expect(statuses.filter((s: string) => s === "approved")).toHaveLength(1);
    expect(statuses.filter((s: string) => s === "retake")).toHaveLength(1);
    expect(statuses.filter((s: string) => s === "pending_review")).toHaveLength(12);
    const mine = (await get(`/api/v1/organizations/${orgId}/tasks?mine=true&limit=200`)).items;
    const state = (code: string) => mine.find((task: { entityCode: string }) => task.entityCode === code)?.statusId;
    expect(state("HBR_0010")).not.toBe(state("HBR_0020"));
    expect(state("HBR_0040")).not.toBe(state("HBR_0020"));
    // The approval note is shared with the client; the retake note stays in-house.
    const notes = async (v: Version & { id: string }) => (await get(`/api/v1/organizations/${orgId}/comments?recordType=version&recordId=${v.id}`)).items;
    const approved = detail.items.find((v: Version) => v.reviewStatus === "approved");
    const retake = detail.items.find((v: Version) => v.reviewStatus === "retake");
    expect((await notes(approved)).map((c: { clientVisible: boolean }) => c.clientVisible)).toEqual([true]);
    expect((await notes(retake)).map((c: { clientVisible: boolean }) => c.clientVisible)).toEqual([false]);
    // Review links are the supervisor's to see (review.manage).
    const links = (await get(`/api/v1/organizations/${orgId}/playlists/${dailies.id}/review-links`, supervisorCookie)).items;
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ active: true, hasPassword: false });
    expect(Date.parse(links[0].expiresAt) - Date.now()).toBeGreaterThan(13 * 86_400_000);
  });

  it("gives the member an inbox with the supervisor's mention and review decisions, and a comment thread", async () => {
    const inbox = (await get(`/api/v1/organizations/${orgId}/notifications?limit=100`)).items as { kind: string; title: string }[];
    expect(inbox).toContainEqual(expect.objectContaining({ kind: "mention", title: expect.stringContaining("Max Manager mentioned you on HBR_0040") }));
    expect(inbox).toContainEqual(expect.objectContaining({ kind: "review", title: expect.stringMatching(/HBR_0020 .*v001 to Retake/) }));
    expect(inbox).toContainEqual(expect.objectContaining({ kind: "review", title: expect.stringMatching(/HBR_0010 .*v001 to Approved/) }));
    const mine = (await get(`/api/v1/organizations/${orgId}/tasks?mine=true&limit=200`)).items;
    const task = mine.find((x: { entityCode: string }) => x.entityCode === "HBR_0060");
    const thread = (await get(`/api/v1/organizations/${orgId}/comments?recordType=task&recordId=${task.id}`)).items;
    expect(thread).toHaveLength(2);
    const question = thread.find((c: { parentId: string | null }) => !c.parentId);
    expect(thread.find((c: { parentId: string | null }) => c.parentId === question.id)?.authorName).toBe("Max Manager");
  });

  it("has the member's time on this week's timesheet", async () => {
    const sheet = await get(`/api/v1/organizations/${orgId}/timesheet`);
    expect(sheet.personName).toBe("Mia Member");
    expect(sheet.total).toBeGreaterThan(0);
    expect(sheet.rows.every((r: { projectCode: string }) => r.projectCode === "HBL")).toBe(true);
    // The week before is full: five working days of a few entries each.
    const weekBefore = new Date(Date.parse(`${sheet.weekStart}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
    const lastWeek = await get(`/api/v1/organizations/${orgId}/timesheet?week=${weekBefore}`);
    expect(lastWeek.dayTotals.filter((m: number) => m > 0)).toHaveLength(5);
    expect(lastWeek.total).toBeGreaterThan(0);
  });
});
