import { expect, test } from "@playwright/test";
import { newUser } from "../support/users";
import { addDays, api, bars, choose, dragBar, dragDays, row, rowNames, seedStudio, studioToday } from "./scheduler-support";

// Wide enough for four weeks of day columns next to the people column.
test.use({ viewport: { width: 1680, height: 960 } });

test("a coordinator finds free compositors with Nuke ≥ 3, pencils two, confirms one, moves it, and sees a double booking refused where it happens", async ({
  page,
}) => {
  const user = newUser("Coordinator");
  const studio = await seedStudio(page, user, "Lighthouse VFX");
  const today = studioToday();
  await studio.project("Harbour Lights", "HARB");
  const ferry = await studio.project("Night Ferry", "FERRY");
  await studio.person("Ada Keller", "Compositing", [{ name: "Nuke", level: 4 }]);
  await studio.person("Bruno Sato", "Compositing", [{ name: "Nuke", level: 3 }]);
  await studio.person("Dev Moreau", "Compositing", [{ name: "Nuke", level: 2 }]);
  await studio.person("Eli Stone", "Compositing", [{ name: "Nuke", level: 1 }]);
  await studio.person("Fay Lind", "FX", [{ name: "Nuke", level: 4 }]);
  const gus = await studio.person("Gus Hale", "Compositing", [{ name: "Nuke", level: 5 }]);
  // Gus is busy next week; Ada is booked on another show just after the fortnight.
  await studio.book({ projectId: ferry.id, personId: gus, startDate: addDays(today, 3), endDate: addDays(today, 6), status: "confirmed" });
  const adaId = (await api<{ items: { id: string; displayName: string }[] }>(page, "GET", `${studio.org}/people?q=Ada`)).items[0]?.id;
  const ferryDays = { startDate: addDays(today, 16), endDate: addDays(today, 18) };
  const collision = await studio.book({ projectId: ferry.id, personId: adaId, ...ferryDays, status: "confirmed" });

  await page.goto(studio.url);
  await expect(row(page, "Fay Lind")).toBeVisible({ timeout: 30_000 });

  // 1. "Compositors, Nuke ≥ 3, free next two weeks".
  await choose(page, "Department", "Compositing");
  await choose(page, "Skill", "Nuke");
  await choose(page, "Minimum skill level", "Level ≥ 3");
  await page.getByRole("button", { name: "Free next 2 weeks" }).click();
  await expect(page.getByTestId("free-summary")).toBeVisible();
  await expect.poll(() => rowNames(page)).toEqual(["Ada Keller", "Bruno Sato"]);
  expect(new URL(page.url()).searchParams.get("skill")).toBe("Nuke");
  expect(new URL(page.url()).searchParams.get("level")).toBe("3");
  expect(new URL(page.url()).searchParams.get("department")).toBe("Compositing");

  // 2. Pencil both: drag across three days, pick the project, keep it a hold.
  const first = addDays(today, 1);
  const last = addDays(today, 3);
  for (const name of ["Ada Keller", "Bruno Sato"]) {
    await dragDays(page, name, first, last);
    const dialog = page.getByRole("dialog", { name: "New booking" });
    await expect(dialog).toContainText(name);
    if (name === "Ada Keller") await choose(page, "Project", "HARB · Harbour Lights");
    await dialog.getByRole("button", { name: "Pencil in" }).click();
    await expect(dialog).toBeHidden();
    // (Ada's row also shows her Night Ferry booking, later on.)
    const pencil = bars(page, name).filter({ hasText: "HARB" });
    await expect(pencil).toHaveCount(1);
    await expect(pencil).toHaveAttribute("data-status", "hold");
    await expect(pencil).toHaveAttribute("data-rank", "1");
    await expect(pencil).toHaveAttribute("data-start-date", first);
    await expect(pencil).toHaveAttribute("data-end-date", last);
  }

  // 3. Back to all compositors (a confirmed Ada is no longer "free"), then confirm Ada's pencil in its drawer.
  await page.getByRole("button", { name: "Show everyone" }).click();
  await expect(row(page, "Gus Hale")).toBeVisible();
  const ada = bars(page, "Ada Keller").filter({ hasText: "HARB" });
  const bookingId = (await ada.getAttribute("data-booking-id")) as string;
  await ada.click();
  const drawer = page.getByTestId("booking-drawer");
  await expect(drawer).toContainText("Harbour Lights");
  await drawer.getByRole("button", { name: "Confirm" }).click();
  await expect(drawer.getByTestId("booking-status")).toHaveText("Confirmed");
  await expect(drawer).toContainText("Confirmed");
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(ada).toHaveAttribute("data-status", "confirmed");
  expect((await studio.booking(bookingId)).status).toBe("confirmed");

  // 4. Drag it two days later: the bar lands there, and so does the server's booking.
  await dragBar(page, ada, 2);
  await expect(ada).toHaveAttribute("data-start-date", addDays(first, 2));
  await expect.poll(async () => (await studio.booking(bookingId)).startDate).toBe(addDays(first, 2));
  expect((await studio.booking(bookingId)).endDate).toBe(addDays(last, 2));

  // 5. Drop it over the confirmed Night Ferry booking: refused, explained there, bar back in place.
  const before = await studio.booking(bookingId);
  await dragBar(page, ada, 16 - 3);
  const conflict = page.getByTestId("drop-conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Ada Keller is already booked");
  await expect(conflict).toContainText("Night Ferry");
  await expect(conflict).toContainText("FERRY");
  await expect(ada).toHaveAttribute("data-start-date", addDays(first, 2));
  const after = await studio.booking(bookingId);
  expect([after.startDate, after.endDate, after.version]).toEqual([before.startDate, before.endDate, before.version]);
  expect((await studio.booking(collision.id)).startDate).toBe(ferryDays.startDate);
  // The history names every step, with who did it.
  await ada.click();
  await expect(drawer.getByLabel("Booking history")).toContainText("Moved");
  await expect(drawer.getByLabel("Booking history")).toContainText("Confirmed");
  await expect(drawer.getByLabel("Booking history")).toContainText(user.name);
});

test("confirming a 2nd pencil challenges the 1st; releasing the 1st confirms the challenger and moves the 3rd up", async ({ page }) => {
  const user = newUser("Coordinator");
  const studio = await seedStudio(page, user, "Pencil Studio");
  const today = studioToday();
  const a = await studio.project("Arrival", "ARR");
  const b = await studio.project("Bluewater", "BLU");
  const c = await studio.project("Cinder", "CIN");
  const hana = await studio.person("Hana Ito", "Compositing", [{ name: "Nuke", level: 4 }]);
  const first = await studio.book({ projectId: a.id, personId: hana, startDate: addDays(today, 2), endDate: addDays(today, 6) });
  const second = await studio.book({ projectId: b.id, personId: hana, startDate: addDays(today, 3), endDate: addDays(today, 5) });
  const third = await studio.book({ projectId: c.id, personId: hana, startDate: addDays(today, 4), endDate: addDays(today, 8) });
  expect([first.holdRank, second.holdRank, third.holdRank]).toEqual([1, 2, 3]);

  await page.goto(studio.url);
  const bar = (id: string) => page.locator(`[data-booking-id="${id}"]:not([data-ghost])`);
  await expect(bar(second.id)).toHaveAttribute("data-rank", "2", { timeout: 30_000 });
  await expect(bar(second.id)).toContainText("2nd");

  // Confirm the 2nd pencil: a challenge opens against the 1st, shown on both bars and in the drawer.
  await bar(second.id).click();
  const drawer = page.getByTestId("booking-drawer");
  await drawer.getByRole("button", { name: "Confirm" }).click();
  await expect(drawer.getByText("Challenge opened")).toBeVisible();
  await expect(drawer.getByTestId("booking-challenges")).toContainText("Challenging a higher pencil");
  await expect(bar(first.id)).toHaveAttribute("data-challenged", "holder");
  await expect(bar(second.id)).toHaveAttribute("data-challenged", "challenger");
  await expect(bar(second.id)).toHaveAttribute("data-status", "hold");
  await page.keyboard.press("Escape");

  // The 1st pencil's drawer: challenged, with its deadline; release it.
  await bar(first.id).click();
  await expect(drawer.getByTestId("booking-challenges")).toContainText("Challenged");
  await expect(drawer.getByTestId("booking-challenges")).toContainText("Confirm or release it by");
  await drawer.getByRole("button", { name: "Release" }).click();
  await expect(drawer.getByTestId("booking-status")).toHaveText("Released");
  await page.keyboard.press("Escape");

  await expect(bar(first.id)).toHaveCount(0);
  await expect(bar(second.id)).toHaveAttribute("data-status", "confirmed");
  await expect(bar(second.id)).not.toHaveAttribute("data-challenged", /.+/);
  await expect(bar(third.id)).toHaveAttribute("data-rank", "2");
  expect((await studio.booking(second.id)).status).toBe("confirmed");
  expect((await studio.booking(third.id)).holdRank).toBe(2);
});

test("a challenge nobody answers: at its deadline the background job releases the 1st pencil and the open scheduler shows the challenger confirmed", async ({
  page,
}) => {
  const user = newUser("Coordinator");
  const studio = await seedStudio(page, user, "Deadline Studio");
  const today = studioToday();
  const a = await studio.project("Arrival", "ARR");
  const b = await studio.project("Bluewater", "BLU");
  const hana = await studio.person("Hana Ito", "Compositing", [{ name: "Nuke", level: 4 }]);
  const first = await studio.book({ projectId: a.id, personId: hana, startDate: addDays(today, 2), endDate: addDays(today, 6) });
  const second = await studio.book({ projectId: b.id, personId: hana, startDate: addDays(today, 3), endDate: addDays(today, 5) });

  await page.goto(studio.url);
  const bar = (id: string) => page.locator(`[data-booking-id="${id}"]:not([data-ghost])`);
  await expect(bar(second.id)).toHaveAttribute("data-rank", "2", { timeout: 30_000 });

  // Another coordinator confirms the 2nd pencil through the API with a deadline 8 seconds away.
  const deadline = new Date(Date.now() + 8_000).toISOString();
  const confirmed = await api<{ outcome: string }>(page, "POST", `${studio.org}/bookings/${second.id}/confirm`, {
    version: second.version,
    challengeDeadline: deadline,
  });
  expect(confirmed.outcome).toBe("challenged");
  await expect(bar(first.id)).toHaveAttribute("data-challenged", "holder");
  await expect(bar(second.id)).toHaveAttribute("data-challenged", "challenger");

  // Nobody answers. The job releases the 1st at the deadline; the page follows live, no reload.
  await expect(bar(first.id)).toHaveCount(0, { timeout: 30_000 });
  await expect(bar(second.id)).toHaveAttribute("data-status", "confirmed");
  await expect(bar(second.id)).not.toHaveAttribute("data-challenged", /.+/);
  expect((await studio.booking(first.id)).status).toBe("released");
  expect((await studio.booking(second.id)).status).toBe("confirmed");
});

test("another coordinator's scheduler shows a new booking without a reload", async ({ page, browser }) => {
  const user = newUser("Coordinator");
  const studio = await seedStudio(page, user, "Live Studio");
  const today = studioToday();
  await studio.project("Harbour Lights", "HARB");
  await studio.person("Ivy North", "Compositing", [{ name: "Nuke", level: 3 }]);

  const other = await browser.newContext({ viewport: { width: 1680, height: 960 } });
  const watcher = await other.newPage();
  await watcher.goto("/sign-in");
  const signIn = await watcher.request.post("/api/auth/sign-in/email", {
    data: { email: user.email, password: user.password },
    headers: { Origin: new URL(watcher.url()).origin },
  });
  expect(signIn.ok()).toBeTruthy();
  await watcher.goto(studio.url);
  await expect(row(watcher, "Ivy North")).toBeVisible({ timeout: 30_000 });
  await expect(watcher.getByTestId("connection-status")).toHaveAttribute("data-status", "live");

  await page.goto(studio.url);
  await expect(row(page, "Ivy North")).toBeVisible({ timeout: 30_000 });
  await dragDays(page, "Ivy North", addDays(today, 1), addDays(today, 2));
  await choose(page, "Project", "HARB · Harbour Lights");
  await page.getByRole("dialog", { name: "New booking" }).getByRole("button", { name: "Pencil in" }).click();
  await expect(bars(page, "Ivy North")).toHaveCount(1);
  const id = await bars(page, "Ivy North").first().getAttribute("data-booking-id");

  await expect(watcher.locator(`[data-booking-id="${id}"]`)).toBeVisible();
  await expect(watcher.locator(`[data-booking-id="${id}"]`)).toHaveAttribute("data-status", "hold");
  await other.close();
});
