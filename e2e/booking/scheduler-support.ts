import { expect, type Locator, type Page } from "@playwright/test";
import { retryRateLimited } from "../support/rate-limit";
import { seedUserWithOrganization, type TestUser } from "../support/users";

const dayMs = 86_400_000;
/** The scheduler's geometry (apps/web/src/features/booking/scheduler/components/grid-geometry.ts). */
const rowHeaderWidth = 248;
const dayWidth = 36;

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
export const addDays = (date: string, days: number) => new Date((dayNumber(date) + days) * dayMs).toISOString().slice(0, 10);
/** Today in the studio's time zone (seedUserWithOrganization makes it Europe/London). */
export const studioToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
/** The scheduler's first column is the Monday of this week. */
const columnOf = (date: string) => dayNumber(date) - dayNumber(mondayOf(studioToday()));

/** A JSON call with the page's session and Origin. */
export async function api<T = Record<string, unknown>>(page: Page, method: "GET" | "POST" | "PATCH", url: string, data?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const res = await retryRateLimited(() => page.request.fetch(url, { method, data, headers: { Origin: origin } }));
  expect(res.ok(), `${method} ${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

export type Booking = { id: string; version: number; status: string; holdRank: number | null; startDate: string; endDate: string };

/** A fresh studio: a new user, its organization, and helpers to add people, projects and bookings through the API. */
export async function seedStudio(page: Page, user: TestUser, name: string) {
  const orgId = await seedUserWithOrganization(page, user, `${name} ${Date.now().toString(36)}`);
  const org = `/api/v1/organizations/${orgId}`;
  const project = (projectName: string, code: string) => api<{ id: string }>(page, "POST", `${org}/projects`, { name: projectName, code, kind: "vfx" });
  const person = async (displayName: string, department: string, skills: { name: string; level: number }[]) => {
    const p = await api<{ id: string }>(page, "POST", `${org}/people`, { displayName, department });
    await api(page, "PATCH", `${org}/people/${p.id}/profile`, { version: 0, skills, dayRate: 400, currency: "GBP" });
    return p.id;
  };
  const book = (body: Record<string, unknown>) => api<Booking>(page, "POST", `${org}/bookings`, body);
  const booking = (id: string) => api<Booking>(page, "GET", `${org}/bookings/${id}`);
  return { orgId, org, project, person, book, booking, url: `/o/${orgId}/booking` };
}

export const row = (page: Page, name: string) => page.locator(`[data-row-name="${name}"]`);
export const bars = (page: Page, name: string) => row(page, name).locator("[data-booking-id]:not([data-ghost])");

/** The centre of a day's cell in a person's row, in page coordinates. */
async function cellPoint(page: Page, name: string, date: string) {
  const box = await row(page, name).boundingBox();
  if (!box) throw new Error(`row ${name} is not on screen`);
  return { x: box.x + rowHeaderWidth + (columnOf(date) + 0.5) * dayWidth, y: box.y + box.height / 2 };
}

/** Presses on one day of a row and releases on another, as a coordinator drags with the mouse. */
export async function dragDays(page: Page, name: string, from: string, to: string, toRow = name) {
  const a = await cellPoint(page, name, from);
  const b = await cellPoint(page, toRow, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags a bar by its middle `days` days along (and onto another row if given). */
export async function dragBar(page: Page, bar: Locator, days: number, toRow?: string) {
  const box = await bar.boundingBox();
  if (!box) throw new Error("bar is not on screen");
  const x = box.x + Math.min(box.width / 2, dayWidth / 2);
  const y = box.y + box.height / 2;
  const targetY = toRow
    ? await row(page, toRow)
        .boundingBox()
        .then((r) => (r ? r.y + r.height / 2 : y))
    : y;
  // Hovering waits until the bar itself takes the pointer (a closing drawer's overlay may still
  // cover it); raw mouse events would otherwise press on whatever is on top.
  await bar.hover({ position: { x: x - box.x, y: y - box.y } });
  await page.mouse.down();
  await page.mouse.move(x + days * dayWidth, targetY, { steps: 15 });
  await page.mouse.up();
}

/** Picks an option of a Mantine select by its accessible name. */
export async function choose(page: Page, combobox: string, option: string) {
  await page.getByRole("combobox", { name: combobox, exact: true }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** The names of the rows the scheduler shows, top to bottom (all of them fit on screen here). */
export const rowNames = (page: Page) => page.locator("[data-row-name]").evaluateAll((els) => els.map((e) => e.getAttribute("data-row-name")));
