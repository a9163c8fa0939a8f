import { expect, type Locator, test } from "@playwright/test";
import { newUser } from "../support/users";
import { addDays, seedStudio, studioToday } from "./scheduler-support";

test.use({ viewport: { width: 1440, height: 900 }, locale: "en-GB" });

const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
const boxOf = async (l: Locator) => {
  const box = await l.boundingBox();
  if (!box) throw new Error("not on screen");
  return box;
};

test("a refused Alt+↓ leaves the note clear of the bar that went back, and the keys line stays one compact line", async ({ page }) => {
  const studio = await seedStudio(page, newUser("Note"), "Note Studio");
  const harb = await studio.project("Harbour Lights", "HARB");
  const ada = await studio.person("Ada Keller", "Compositing", []);
  const bruno = await studio.person("Bruno Sato", "Compositing", []);
  const start = addDays(studioToday(), 1);
  const booking = await studio.book({ projectId: harb.id, personId: ada, startDate: start, endDate: addDays(start, 2), status: "confirmed" });
  await studio.book({ projectId: harb.id, personId: bruno, startDate: start, endDate: addDays(start, 2), status: "confirmed" });

  await page.goto(studio.url);
  const bar = page.locator(`[data-booking-id="${booking.id}"]:not([data-ghost])`);
  await expect(bar).toBeVisible({ timeout: 30_000 });
  await bar.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const keys = page.getByTestId("scheduler-keys");
  await expect(keys).toBeVisible();
  expect((await boxOf(keys)).height).toBeLessThanOrEqual(24);

  await page.keyboard.press("Alt+ArrowDown");
  const note = page.getByTestId("drop-conflict");
  await expect(note).toContainText("Bruno Sato is already booked");
  await expect(bar).toBeFocused();
  const b = await boxOf(bar);
  const n = await boxOf(note);
  const overlaps = b.x < n.x + n.width && n.x < b.x + b.width && b.y < n.y + n.height && n.y < b.y + b.height;
  expect(overlaps, `note ${JSON.stringify(n)} covers bar ${JSON.stringify(b)}`).toBe(false);
  // Nor Bruno's row, where it was refused.
  const brunoRow = await boxOf(page.locator('[data-row-name="Bruno Sato"]'));
  expect(n.y >= brunoRow.y + brunoRow.height - 1 || n.y + n.height <= b.y + 1).toBe(true);
});

test("→ on a booking on the window's last day moves the window along and keeps the booking focused", async ({ page }) => {
  const studio = await seedStudio(page, newUser("Edge"), "Window Studio");
  const harb = await studio.project("Harbour Lights", "HARB");
  const ada = await studio.person("Ada Keller", "Compositing", []);
  const last = addDays(mondayOf(studioToday()), 90);
  const booking = await studio.book({ projectId: harb.id, personId: ada, startDate: last, endDate: last });

  await page.goto(studio.url);
  const bar = page.locator(`[data-booking-id="${booking.id}"]:not([data-ghost])`);
  await expect(bar).toHaveCount(1, { timeout: 30_000 });
  await bar.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await studio.booking(booking.id)).startDate).toBe(addDays(last, 1));
  await expect(page).toHaveURL(new RegExp(`start=${addDays(mondayOf(studioToday()), 14)}`));
  await expect(bar).toHaveAttribute("data-start-date", addDays(last, 1));
  await expect(bar).toBeFocused();
  await expect(bar).toBeInViewport();
});
