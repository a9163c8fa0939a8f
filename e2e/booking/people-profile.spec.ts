import { expect, test } from "@playwright/test";
import { api, bookingStudio, day, fillDay, seedProject } from "./booking-helpers";

type Profile = { version: number; dayRate: number | null; currency: string | null; skills: { name: string; level: number }[]; hoursPerDay: number };

test("a person's skills and day rate are edited on their page; a negative rate is refused on the rate field", async ({ page }) => {
  const s = await bookingStudio(page, "Profile");
  const person = await api<{ id: string }>(page, "POST", `${s.org}/people`, { displayName: "Mira Okafor", department: "Compositing" });
  await page.goto(`/o/${s.orgId}/people/${person.id}`);
  const card = page.getByTestId("booking-profile");
  await expect(card.getByText("Not set up yet")).toBeVisible();

  await card.getByLabel("Add a skill").fill("Nuke");
  await card.getByLabel("Add a skill").press("Enter");
  await card.getByRole("radio", { name: "Nuke level 4" }).click();
  await card.getByLabel("Day rate").fill("-50");
  await card.getByRole("button", { name: "Save profile" }).click();

  // The server's RFC 9457 field error lands on the day rate input; nothing was saved.
  await expect(card.getByLabel("Day rate")).toHaveAttribute("aria-invalid", "true");
  await expect(card.getByText(/>=\s*0/)).toBeVisible();
  expect((await api<Profile>(page, "GET", `${s.org}/people/${person.id}/profile`)).version).toBe(0);

  await card.getByLabel("Day rate").fill("650");
  await card.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Booking profile saved.")).toBeVisible();
  const saved = await api<Profile>(page, "GET", `${s.org}/people/${person.id}/profile`);
  expect(saved).toMatchObject({ version: 1, dayRate: 650, skills: [{ name: "Nuke", level: 4 }] });

  await page.reload();
  await expect(card.getByRole("radio", { name: "Nuke level 4" })).toHaveAttribute("aria-checked", "true");
  await expect(card.getByLabel("Day rate")).toHaveValue("650");
});

test("time off is added on the person's page (a backwards range is refused on its field) and removed", async ({ page }) => {
  const s = await bookingStudio(page, "Timeoff");
  const person = await api<{ id: string }>(page, "POST", `${s.org}/people`, { displayName: "Hannah Weiss" });
  await page.goto(`/o/${s.orgId}/people/${person.id}`);
  const card = page.getByTestId("time-off-card");
  await expect(card.getByText("No time off coming up.")).toBeVisible();

  await card.getByRole("button", { name: "Add time off" }).click();
  await fillDay(card.getByLabel("From"), day(14));
  await fillDay(card.getByLabel("To"), day(10));
  await card.getByLabel("Note").fill("Lisbon");
  await card.getByRole("button", { name: "Add", exact: true }).click();
  await expect(card.getByLabel("To")).toHaveAttribute("aria-invalid", "true");
  await expect(card.getByText("endDate is before startDate")).toBeVisible();

  await fillDay(card.getByLabel("To"), day(18));
  await card.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("Time off added.")).toBeVisible();
  await expect(card.getByTestId("time-off-row")).toHaveCount(1);
  await expect(card.getByTestId("time-off-row")).toContainText("5 days · Lisbon");
  const listed = await api<{ items: { startDate: string; endDate: string; note: string }[] }>(page, "GET", `${s.org}/people/${person.id}/time-off`);
  expect(listed.items).toMatchObject([{ startDate: day(14), endDate: day(18), note: "Lisbon" }]);

  await card.getByRole("button", { name: /^Remove time off/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(card.getByTestId("time-off-row")).toHaveCount(0);
  expect((await api<{ items: unknown[] }>(page, "GET", `${s.org}/people/${person.id}/time-off`)).items).toHaveLength(0);
});

test("a person's iCal feed is created once with a copyable secret URL that serves a calendar, and revoking it kills the URL", async ({ page }) => {
  const s = await bookingStudio(page, "Feed");
  const person = await api<{ id: string }>(page, "POST", `${s.org}/people`, { displayName: "Diego Morales" });
  const project = await seedProject(s, "Harbour Lights", "HBL");
  await api(page, "POST", `${s.org}/bookings`, { projectId: project.id, personId: person.id, startDate: day(7), endDate: day(9), status: "confirmed" });
  await page.goto(`/o/${s.orgId}/people/${person.id}`);
  const card = page.getByTestId("calendar-feed-card");
  await card.getByRole("button", { name: "Create calendar link" }).click();

  const url = await card.getByTestId("calendar-feed-url").inputValue();
  expect(url).toMatch(/\/api\/v1\/calendars\/blcal_[\w-]+\.ics$/);
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const ics = await feed.text();
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain("Harbour Lights");

  // Shown once: after a reload only the prefix is left.
  await page.reload();
  await expect(card.getByTestId("calendar-feed-active")).toContainText(url.split("/").pop()?.slice(0, 12) ?? "");
  await expect(card.getByTestId("calendar-feed-url")).toHaveCount(0);

  await card.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(card.getByRole("button", { name: "Create calendar link" })).toBeVisible();
  expect((await page.request.get(url)).status()).toBe(404);
});
