import { test as base, type Browser, expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { retryRateLimited } from "./rate-limit";
import { newUser, seedUserWithOrganization, type TestUser } from "./users";

const origin = (page: Page) => new URL(page.url() === "about:blank" ? "http://localhost" : page.url()).origin;

/** A JSON call with the page's session (cookies and Origin, as the browser's fetch sends them). */
export async function call<T = Record<string, unknown>>(page: Page, method: "GET" | "POST" | "PATCH", url: string, data?: unknown): Promise<T> {
  const res = await retryRateLimited(() => page.request.fetch(url, { method, data, headers: { Origin: origin(page) } }));
  expect(res.ok(), `${method} ${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

type Session = Awaited<ReturnType<Awaited<ReturnType<Browser["newContext"]>>["storageState"]>>;
type StudioUsers = {
  orgId: string;
  supervisor: { user: TestUser; state: Session };
  artist: { user: TestUser; state: Session; userId: string; personId: string };
};

/**
 * The studio's people, signed up once per worker: sign-ups are rate-limited per address (20 a
 * minute), and a suite that made two accounts per test would hit the limit. A supervisor (admin
 * of a new organization) and an artist (member) linked to a person in the directory.
 */
async function seedStudioUsers(browser: Browser, baseURL: string | undefined): Promise<StudioUsers> {
  const supervisor = newUser("Supervisor");
  const artist = newUser("Artist");
  const supCtx = await browser.newContext({ baseURL });
  const sup = await supCtx.newPage();
  const orgId = await seedUserWithOrganization(sup, supervisor, `Tidewater VFX ${Date.now().toString(36)}`);
  const org = `/api/v1/organizations/${orgId}`;
  const invitation = await call<{ acceptUrl: string }>(sup, "POST", `${org}/invitations`, { email: artist.email, role: "member" });
  const artCtx = await browser.newContext({ baseURL });
  const art = await artCtx.newPage();
  await art.goto("/sign-in");
  await call(art, "POST", "/api/auth/sign-up/email", artist);
  await call(art, "POST", "/api/v1/invitations/accept", { token: new URL(invitation.acceptUrl).searchParams.get("token") });
  const me = await call<{ user: { id: string } }>(art, "GET", "/api/v1/me");
  const person = await call<{ id: string }>(sup, "POST", `${org}/people`, { displayName: artist.name, department: "Compositing", userId: me.user.id });
  const users = {
    orgId,
    supervisor: { user: supervisor, state: await supCtx.storageState() },
    artist: { user: artist, state: await artCtx.storageState(), userId: me.user.id, personId: person.id },
  };
  await supCtx.close();
  await artCtx.close();
  return users;
}

let sequence = 0;

/** A sequence prefix no other test of this run uses, so shot codes (and inbox titles) are unique. */
function uniquePrefix(): string {
  sequence += 1;
  const n = (Date.now() + sequence * 7919 + process.pid) % 17_576;
  return String.fromCharCode(65 + Math.floor(n / 676), 65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
}

export type ReviewStudio = Awaited<ReturnType<typeof seedReviewStudio>>;

/**
 * One test's part of the studio, through the API (its screens have their own specs): a VFX project
 * from the template, a Compositor role filled by the artist, and one shot (`shot`, e.g. `QXA_010`)
 * whose Compositing task is assigned to that role. Both people start with an empty inbox.
 */
async function seedReviewStudio(browser: Browser, baseURL: string | undefined, users: StudioUsers) {
  const sup = await (await browser.newContext({ baseURL, storageState: users.supervisor.state })).newPage();
  const art = await (await browser.newContext({ baseURL, storageState: users.artist.state })).newPage();
  await sup.goto("/sign-in");
  await art.goto("/sign-in");
  const org = `/api/v1/organizations/${users.orgId}`;
  for (const page of [sup, art]) await call(page, "POST", `${org}/notifications/read-all`);
  const prefix = uniquePrefix();
  const project = await call<{ id: string; name: string }>(sup, "POST", `${org}/projects`, {
    name: "Harbour Lights",
    code: `HL_${prefix}`,
    kind: "vfx",
    template: "vfx",
  });
  const projectUrl = `${org}/projects/${project.id}`;
  const slot = await call<{ id: string }>(sup, "POST", `${projectUrl}/slots`, {
    role: "Compositor",
    department: "Compositing",
    displayName: "Compositor",
    personId: users.artist.personId,
  });
  const shot = `${prefix}_010`;
  const taskId = await seedShotTask(sup, users.orgId, project.id, shot);
  const task = await call<{ version: number }>(sup, "GET", `${projectUrl}/tasks/${taskId}`);
  await call(sup, "PATCH", `${projectUrl}/tasks/${taskId}`, { version: task.version, assigneeSlotIds: [slot.id] });
  return {
    orgId: users.orgId,
    project,
    prefix,
    shot,
    taskId,
    supervisor: { user: users.supervisor.user, page: sup },
    artist: { user: users.artist.user, page: art, userId: users.artist.userId },
  };
}

/** Playwright's `test` with a `studio` fixture: see seedReviewStudio. */
export const test = base.extend<{ studio: ReviewStudio }, { studioUsers: StudioUsers }>({
  // Sign-ups may wait out the server's rate limit (see rate-limit.ts), hence the longer timeout.
  studioUsers: [
    async ({ browser }, use, workerInfo) => use(await seedStudioUsers(browser, workerInfo.project.use.baseURL)),
    { scope: "worker", timeout: 240_000 },
  ],
  studio: async ({ browser, baseURL, studioUsers }, use) => {
    const studio = await seedReviewStudio(browser, baseURL, studioUsers);
    await use(studio);
    await studio.supervisor.page.context().close();
    await studio.artist.page.context().close();
  },
});

/** A real PNG frame (a dusk sky over a harbour), as an artist's render would be. */
export async function renderFrame(label: string, width = 1280, height = 720): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1b2a4a"/><stop offset="0.65" stop-color="#e0895a"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    <rect y="${height * 0.7}" width="${width}" height="${height * 0.3}" fill="#0d1b2a"/>
    <circle cx="${width * 0.7}" cy="${height * 0.6}" r="${height / 12}" fill="#ffd27a"/>
    <text x="40" y="${height - 40}" font-size="32" fill="#ffffff" font-family="sans-serif">${label}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Uploads a frame and submits it as the task's next version, through the API. */
export async function seedVersion(page: Page, orgId: string, taskId: string, label: string) {
  const res = await page.request.post(`/api/v1/organizations/${orgId}/files`, {
    multipart: { file: { name: `${label.replace(/\W+/g, "_")}.png`, mimeType: "image/png", buffer: await renderFrame(label) } },
    headers: { Origin: origin(page) },
  });
  expect(res.status(), await res.text()).toBe(201);
  const file = (await res.json()) as { id: string };
  return call<{ id: string; label: string }>(page, "POST", `/api/v1/organizations/${orgId}/tasks/${taskId}/versions`, { fileId: file.id, description: label });
}

/** A shot of the project (the template gives it its tasks); returns its Compositing task's id. */
export async function seedShotTask(page: Page, orgId: string, projectId: string, code: string) {
  const projectUrl = `/api/v1/organizations/${orgId}/projects/${projectId}`;
  const shot = await call<{ id: string }>(page, "POST", `${projectUrl}/entities`, { typeKey: "shot", code, name: `${code} at dusk` });
  const tasks = await call<{ items: { id: string; name: string }[] }>(page, "GET", `${projectUrl}/tasks?entityId=${shot.id}&limit=200`);
  const comp = tasks.items.find((t) => t.name === "Compositing");
  if (!comp) throw new Error("the VFX template made no Compositing task");
  return comp.id;
}
