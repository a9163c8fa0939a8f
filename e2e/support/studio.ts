import { type Browser, expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { newUser, seedUserWithOrganization, type TestUser } from "./users";

const origin = (page: Page) => new URL(page.url() === "about:blank" ? "http://localhost" : page.url()).origin;

/** A JSON call with the page's session (cookies and Origin, as the browser's fetch sends them). */
export async function call<T = Record<string, unknown>>(page: Page, method: "GET" | "POST" | "PATCH", url: string, data?: unknown): Promise<T> {
  const res = await page.request.fetch(url, { method, data, headers: { Origin: origin(page) } });
  expect(res.ok(), `${method} ${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

/**
 * A studio to test review with, set up through the API (its screens have their own specs): a
 * supervisor (admin) with a VFX project from the template, an artist (member) linked to a person
 * who fills the project's Compositor role, and one shot whose Compositing task is theirs.
 */
export async function seedReviewStudio(browser: Browser) {
  const supervisor = newUser("Supervisor");
  const artist = newUser("Artist");
  const supCtx = await browser.newContext();
  const sup = await supCtx.newPage();
  const orgId = await seedUserWithOrganization(sup, supervisor, `Tidewater VFX ${Date.now().toString(36)}`);
  const org = `/api/v1/organizations/${orgId}`;
  const code = `HL${Date.now().toString(36).slice(-4).toUpperCase()}`;
  const project = await call<{ id: string; name: string }>(sup, "POST", `${org}/projects`, { name: "Harbour Lights", code, kind: "vfx", template: "vfx" });

  const invitation = await call<{ acceptUrl: string }>(sup, "POST", `${org}/invitations`, { email: artist.email, role: "member" });
  const token = new URL(invitation.acceptUrl).searchParams.get("token");
  const artCtx = await browser.newContext();
  const art = await artCtx.newPage();
  await art.goto("/sign-in");
  await call(art, "POST", "/api/auth/sign-up/email", artist);
  await call(art, "POST", "/api/v1/invitations/accept", { token });
  const me = await call<{ user: { id: string } }>(art, "GET", "/api/v1/me");

  const person = await call<{ id: string }>(sup, "POST", `${org}/people`, { displayName: artist.name, department: "Compositing", userId: me.user.id });
  const projectUrl = `${org}/projects/${project.id}`;
  const slot = await call<{ id: string }>(sup, "POST", `${projectUrl}/slots`, {
    role: "Compositor",
    department: "Compositing",
    displayName: "Compositor",
    personId: person.id,
  });
  const shot = await call<{ id: string }>(sup, "POST", `${projectUrl}/entities`, { typeKey: "shot", code: "SH010", name: "Harbour at dusk" });
  const tasks = await call<{ items: { id: string; name: string; version: number }[] }>(sup, "GET", `${projectUrl}/tasks?entityId=${shot.id}&limit=200`);
  const comp = tasks.items.find((t) => t.name === "Compositing");
  if (!comp) throw new Error("the VFX template made no Compositing task");
  await call(sup, "PATCH", `${projectUrl}/tasks/${comp.id}`, { version: comp.version, assigneeSlotIds: [slot.id] });

  return { orgId, project, taskId: comp.id, supervisor: { user: supervisor, page: sup }, artist: { user: artist as TestUser, page: art, userId: me.user.id } };
}

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

/** Another shot of the seeded project, with its Compositing task (for playlists of several shots). */
export async function seedShotTask(page: Page, orgId: string, projectId: string, code: string) {
  const projectUrl = `/api/v1/organizations/${orgId}/projects/${projectId}`;
  const shot = await call<{ id: string }>(page, "POST", `${projectUrl}/entities`, { typeKey: "shot", code });
  const tasks = await call<{ items: { id: string; name: string }[] }>(page, "GET", `${projectUrl}/tasks?entityId=${shot.id}&limit=200`);
  const comp = tasks.items.find((t) => t.name === "Compositing");
  if (!comp) throw new Error("the VFX template made no Compositing task");
  return comp.id;
}
