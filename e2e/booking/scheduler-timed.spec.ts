import { expect, type Page, test } from "@playwright/test";
import { newUser } from "../support/users";
import { addDays, api, seedStudio, studioToday } from "./scheduler-support";

test.use({ viewport: { width: 1440, height: 900 }, locale: "en-GB" });

// Tokyo has no DST, so "10:00 there" is always +09:00 whatever day the test runs.
const zone = "Asia/Tokyo";
const at = (date: string, time: string) => `${date}T${time}:00+09:00`;
const sameInstant = (a: string, b: string) => expect(Date.parse(a)).toBe(Date.parse(b));
type Timed = { id: string; version: number; start: string; end: string; allDay: boolean };

async function boxOf(page: Page, id: string) {
  const box = await page.locator(`[data-booking-id="${id}"]:not([data-ghost])`).boundingBox();
  if (!box) throw new Error(`bar ${id} is not on screen`);
  return box;
}

test("a timed room booking shows its hours, keeps them when moved a day with →, and its end is edited in the drawer", async ({ page }) => {
  const studio = await seedStudio(page, newUser("Hours"), "Hours Studio");
  const project = await studio.project("Harbour Lights", "HARB");
  const room = await api<{ id: string }>(page, "POST", `${studio.org}/resources`, { kind: "room", name: "ADR Stage 2", timeZone: zone });
  const day = addDays(studioToday(), 2);
  const adr = await studio.book({ projectId: project.id, resourceId: room.id, start: at(day, "10:00"), end: at(day, "12:00"), status: "confirmed" });
  const stream = await studio.book({ projectId: project.id, resourceId: room.id, start: at(day, "14:00"), end: at(day, "17:00"), status: "hold" });

  await page.goto(`${studio.url}?rows=resources`);
  const bar = page.locator(`[data-booking-id="${adr.id}"]:not([data-ghost])`);
  await expect(bar).toHaveAttribute("data-hours", "10:00–12:00", { timeout: 30_000 });
  await expect(bar).toHaveAttribute("aria-label", /ADR Stage 2 — Harbour Lights \(HARB\), Confirmed, .*, 10:00–12:00$/);
  await expect(page.locator(`[data-booking-id="${stream.id}"]`)).toHaveAttribute("data-hours", "14:00–17:00");

  // Narrower than its day (36 px), and the two bookings of that day do not cover each other.
  const a = await boxOf(page, adr.id);
  const b = await boxOf(page, stream.id);
  expect(a.width).toBeLessThan(36);
  expect(b.width).toBeLessThan(36);
  const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  expect(overlapX <= 0 || overlapY <= 0).toBeTruthy();
  // 10:00–12:00 sits before 14:00–17:00 in the day.
  expect(a.x + a.width / 2).toBeLessThan(b.x + b.width / 2);

  // → moves it a day at the same hours; the server gets instants with the room's offset.
  await bar.focus();
  const requests: Record<string, unknown>[] = [];
  page.on("request", (r) => r.method() === "PATCH" && r.url().includes(adr.id) && requests.push(r.postDataJSON()));
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("scheduler-announcement")).toContainText("Moved");
  let saved = await api<Timed>(page, "GET", `${studio.org}/bookings/${adr.id}`);
  sameInstant(saved.start, at(addDays(day, 1), "10:00"));
  sameInstant(saved.end, at(addDays(day, 1), "12:00"));
  expect(saved.allDay).toBe(false);
  expect(requests[0]).toMatchObject({ start: `${addDays(day, 1)}T10:00:00+09:00`, end: `${addDays(day, 1)}T12:00:00+09:00` });
  expect(requests[0]).not.toHaveProperty("startDate");
  await expect(bar).toBeFocused();
  await expect(bar).toHaveAttribute("data-hours", "10:00–12:00");

  // Shift+→ does not stretch a timed booking by days: refused and said.
  await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByTestId("scheduler-announcement")).toContainText("press Enter to change its hours");
  expect((await api<Timed>(page, "GET", `${studio.org}/bookings/${adr.id}`)).version).toBe(saved.version);

  // The drawer shows the hours and edits the end; the server's field error lands on the field.
  await page.keyboard.press("Enter");
  const drawer = page.getByTestId("booking-drawer");
  await expect(drawer).toContainText("10:00–12:00 (Asia/Tokyo)");
  const ends = drawer.getByLabel("Ends");
  await ends.fill("09:00");
  await drawer.getByRole("button", { name: "Save hours" }).click();
  await expect(drawer.getByText("end must be after start")).toBeVisible();
  await expect(ends).toHaveAttribute("aria-invalid", "true");
  await ends.fill("13:30");
  await drawer.getByRole("button", { name: "Save hours" }).click();
  await expect(drawer).toContainText("10:00–13:30 (Asia/Tokyo)");
  saved = await api<Timed>(page, "GET", `${studio.org}/bookings/${adr.id}`);
  sameInstant(saved.start, at(addDays(day, 1), "10:00"));
  sameInstant(saved.end, at(addDays(day, 1), "13:30"));
  await page.keyboard.press("Escape");
  await expect(bar).toHaveAttribute("data-hours", "10:00–13:30");
});
