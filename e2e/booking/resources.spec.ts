import { expect, test } from "@playwright/test";
import { api, bookingStudio, fillDay } from "./booking-helpers";

test("rooms are added, edited and archived, a bad rate is refused on its field, and a room has an iCal feed", async ({ page }) => {
  const s = await bookingStudio(page, "Rooms");
  await page.goto(`/o/${s.orgId}/booking/resources`);
  await expect(page.getByText("No rooms or equipment yet")).toBeVisible();
  await page.getByRole("button", { name: "Add room or equipment" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add a room or equipment" });
  await dialog.getByLabel("Name").fill("Grading Suite 1");
  await dialog.getByLabel("Studio").fill("Soho");
  await dialog.getByLabel("Capacity").fill("6");
  await dialog.getByLabel("Day rate").fill("-1");
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(dialog.getByLabel("Day rate")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Day rate").fill("900");
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("Grading Suite 1 added.")).toBeVisible();

  const row = page.getByTestId("resource-row").filter({ hasText: "Grading Suite 1" });
  await expect(row).toContainText("£900");
  await expect(page.getByText("Soho", { exact: true })).toBeVisible();

  await row.getByRole("button", { name: "Actions for Grading Suite 1" }).click();
  await page.getByRole("menuitem", { name: "Edit" }).click();
  const edit = page.getByRole("dialog", { name: "Edit Grading Suite 1" });
  await edit.getByLabel("Capacity").fill("8");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(row).toContainText("8");

  await row.getByRole("button", { name: "Actions for Grading Suite 1" }).click();
  await page.getByRole("menuitem", { name: "Calendar feed" }).click();
  await page.getByRole("button", { name: "Create calendar link" }).click();
  const url = await page.getByTestId("calendar-feed-url").inputValue();
  const feed = await page.request.get(url);
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  await page.keyboard.press("Escape");

  await row.getByRole("button", { name: "Actions for Grading Suite 1" }).click();
  await page.getByRole("menuitem", { name: "Archive" }).click();
  await expect(page.getByTestId("resource-row")).toHaveCount(0);
  const { items } = await api<{ items: { name: string; capacity: number }[] }>(page, "GET", `${s.org}/resources?archived=true`);
  expect(items).toMatchObject([{ name: "Grading Suite 1", capacity: 8 }]);
});

test("public holidays are added and removed by an admin", async ({ page }) => {
  const s = await bookingStudio(page, "Holidays");
  await page.goto(`/o/${s.orgId}/booking/holidays`);
  const year = new Date().getUTCFullYear() + 1;
  await fillDay(page.getByLabel("Date"), `${year}-12-25`);
  await page.getByLabel("Name").fill("Christmas Day");
  await page.getByRole("button", { name: "Add holiday" }).click();
  await expect(page.getByTestId("holiday-year")).toHaveText(String(year));
  await expect(page.getByTestId("holiday-row")).toContainText("Christmas Day");
  await page.getByRole("button", { name: "Remove Christmas Day" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("holiday-row")).toHaveCount(0);
  expect((await api<{ items: unknown[] }>(page, "GET", `${s.org}/holidays`)).items).toHaveLength(0);
});
