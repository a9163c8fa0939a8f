import { expect, type Page, test } from "@playwright/test";
import { newUser } from "../support/users";
import { addDays, api, bars, row, seedStudio, studioToday } from "./scheduler-support";

// en-GB so the days the page says ("13 May") can be written here the same way.
test.use({ viewport: { width: 1440, height: 900 }, locale: "en-GB" });

const shortDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const days = (first: string, last: string) => `${shortDay.format(new Date(`${first}T00:00:00Z`))} – ${shortDay.format(new Date(`${last}T00:00:00Z`))}`;
const focusedBarId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-booking-id") ?? null);

/** Tabs from the top of the page until a bar has focus, as a keyboard user would; returns how many presses. */
async function tabIntoGrid(page: Page) {
  for (let presses = 1; presses <= 80; presses++) {
    await page.keyboard.press("Tab");
    if (await focusedBarId(page)) return presses;
  }
  throw new Error("Tab never reached a booking");
}

test("from the keyboard only: a coordinator moves, lengthens and reassigns a booking, and a move onto a confirmed booking is refused and explained", async ({
  page,
}) => {
  const studio = await seedStudio(page, newUser("Keys"), "Keyboard Studio");
  const today = studioToday();
  const harb = await studio.project("Harbour Lights", "HARB");
  const ferry = await studio.project("Night Ferry", "FERRY");
  const ada = await studio.person("Ada Keller", "Compositing", [{ name: "Nuke", level: 4 }]);
  const bruno = await studio.person("Bruno Sato", "Compositing", [{ name: "Nuke", level: 3 }]);
  const start = addDays(today, 1);
  const booking = await studio.book({ projectId: harb.id, personId: ada, startDate: start, endDate: addDays(start, 2), status: "confirmed" });
  const ferryDays = { startDate: addDays(start, 6), endDate: addDays(start, 8) };
  const wall = await studio.book({ projectId: ferry.id, personId: ada, ...ferryDays, status: "confirmed" });

  await page.goto(studio.url);
  await expect(bars(page, "Ada Keller")).toHaveCount(2, { timeout: 30_000 });
  const bar = page.locator(`[data-booking-id="${booking.id}"]:not([data-ghost])`);
  await expect(bar).toHaveAttribute("aria-label", `Ada Keller — Harbour Lights (HARB), Confirmed, ${days(start, addDays(start, 2))}`);

  // One tab stop for the grid: Tab lands on the first bar, and the next Tab leaves the grid
  // rather than walking on to Ada's other booking.
  await tabIntoGrid(page);
  await expect(bar).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await focusedBarId(page)).toBeNull();
  await page.keyboard.press("Shift+Tab");
  await expect(bar).toBeFocused();
  await expect(page.getByTestId("scheduler-keys")).toBeVisible();

  // Along the row with Ctrl+arrows, and back; Enter opens the drawer as a click does.
  await page.keyboard.press("Control+ArrowRight");
  await expect(page.locator(`[data-booking-id="${wall.id}"]`)).toBeFocused();
  await page.keyboard.press("Control+ArrowLeft");
  await expect(bar).toBeFocused();
  await page.keyboard.press("Enter");
  const drawer = page.getByTestId("booking-drawer");
  await expect(drawer).toContainText("Harbour Lights");
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(bar).toBeFocused();

  // ArrowRight: a day later, saved, and said.
  const announcement = page.getByTestId("scheduler-announcement");
  await page.keyboard.press("ArrowRight");
  await expect(announcement).toHaveText(`Moved to ${days(addDays(start, 1), addDays(start, 3))}`);
  let saved = await studio.booking(booking.id);
  expect([saved.startDate, saved.endDate]).toEqual([addDays(start, 1), addDays(start, 3)]);
  await expect(bar).toHaveAttribute("data-start-date", addDays(start, 1));
  await expect(bar).toBeFocused();

  // Shift+ArrowRight: one day longer.
  await page.keyboard.press("Shift+ArrowRight");
  await expect(announcement).toHaveText(`Now ${days(addDays(start, 1), addDays(start, 4))}`);
  saved = await studio.booking(booking.id);
  expect([saved.startDate, saved.endDate]).toEqual([addDays(start, 1), addDays(start, 4)]);

  // One more day is fine (ends the day before Night Ferry); the next runs into it: refused,
  // explained where it happened, and the bar back where it was.
  await page.keyboard.press("ArrowRight");
  await expect(announcement).toHaveText(`Moved to ${days(addDays(start, 2), addDays(start, 5))}`);
  const before = await studio.booking(booking.id);
  await page.keyboard.press("ArrowRight");
  await expect(announcement).toContainText(`Refused: overlaps confirmed booking on Night Ferry, ${days(ferryDays.startDate, ferryDays.endDate)}`);
  const conflict = page.getByTestId("drop-conflict");
  await expect(conflict).toContainText("Ada Keller is already booked");
  await expect(conflict).toContainText("FERRY");
  await expect(bar).toHaveAttribute("data-start-date", addDays(start, 2));
  await expect(bar).toHaveAttribute("data-end-date", addDays(start, 5));
  const after = await studio.booking(booking.id);
  expect([after.startDate, after.endDate, after.version]).toEqual([before.startDate, before.endDate, before.version]);
  await expect(bar).toBeFocused();
  // Escape puts the note away; the focus stays on the bar.
  await page.keyboard.press("Escape");
  await expect(conflict).toBeHidden();
  await expect(bar).toBeFocused();

  // Alt+ArrowDown hands it to the row below, with its days unchanged.
  await page.keyboard.press("Alt+ArrowDown");
  await expect(announcement).toHaveText(`Moved to Bruno Sato, ${days(addDays(start, 2), addDays(start, 5))}`);
  await expect(bars(page, "Bruno Sato")).toHaveAttribute("data-booking-id", booking.id);
  await expect(bars(page, "Bruno Sato")).toBeFocused();
  const moved = await api<{ bookableId: string; startDate: string }>(page, "GET", `${studio.org}/bookings/${booking.id}`);
  expect([moved.bookableId, moved.startDate]).toEqual([bruno, addDays(start, 2)]);
  await expect(row(page, "Ada Keller").locator(`[data-booking-id="${booking.id}"]`)).toHaveCount(0);
});

test("dragging a bar to the right edge scrolls the grid while the pointer rests there, and the drop lands on the day under the pointer", async ({ page }) => {
  const studio = await seedStudio(page, newUser("Edge"), "Edge Studio");
  const today = studioToday();
  const harb = await studio.project("Harbour Lights", "HARB");
  const ada = await studio.person("Ada Keller", "Compositing", [{ name: "Nuke", level: 4 }]);
  const start = addDays(today, 1);
  const booking = await studio.book({ projectId: harb.id, personId: ada, startDate: start, endDate: addDays(start, 1) });

  await page.goto(studio.url);
  const bar = page.locator(`[data-booking-id="${booking.id}"]:not([data-ghost])`);
  await expect(bar).toBeVisible({ timeout: 30_000 });
  const grid = page.getByTestId("scheduler-grid");
  const scrollLeft = () => grid.evaluate((el) => el.scrollLeft);
  const view = await grid.boundingBox();
  const box = await bar.boundingBox();
  if (!view || !box) throw new Error("grid not on screen");
  const lastVisibleCol = Math.floor((view.width - 248) / 36) - 1;
  expect(await scrollLeft()).toBe(0);

  // The day under a point of the grid, as the grid works it out (see use-timeline-drag.ts).
  const colAt = (x: number, scroll: number) => Math.floor((x - view.x + scroll - 248) / 36);
  const grab = { x: box.x + 10, y: box.y + box.height / 2 };
  const grabCol = colAt(grab.x, 0);
  await bar.hover({ position: { x: 10, y: box.height / 2 } });
  await page.mouse.down();
  // Into the last 40 px of the days area and hold still: the grid keeps scrolling on its own.
  await page.mouse.move(view.x + view.width - 30, grab.y, { steps: 12 });
  await expect.poll(scrollLeft, { timeout: 10_000 }).toBeGreaterThan(20 * 36);
  // Out of the edge zone: the scrolling stops; the drop is the day now under the pointer.
  const dropX = view.x + view.width - 200;
  await page.mouse.move(dropX, grab.y, { steps: 2 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const scrolled = await scrollLeft();
  await page.waitForTimeout(200);
  expect(await scrollLeft()).toBe(scrolled);
  await page.mouse.up();

  const moved = colAt(dropX, scrolled) - grabCol;
  const expectedStart = addDays(start, moved);
  // Beyond the days in view before the drag began.
  expect(colAt(dropX, scrolled)).toBeGreaterThan(lastVisibleCol);
  await expect.poll(async () => (await studio.booking(booking.id)).startDate).toBe(expectedStart);
  expect((await studio.booking(booking.id)).endDate).toBe(addDays(start, moved + 1));
  await expect(bar).toHaveAttribute("data-start-date", expectedStart);
  await expect(page.getByTestId("scheduler-announcement")).toHaveText(`Moved to ${days(expectedStart, addDays(expectedStart, 1))}`);
});
