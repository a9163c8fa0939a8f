import { expect, test } from "@playwright/test";
import { api, bookingStudio, day, seedArtist, seedProject } from "./booking-helpers";

test("utilization flags the person booked past their capacity, charts the weeks and prices the project", async ({ page }) => {
  const s = await bookingStudio(page, "Utilization");
  const busy = await seedArtist(s, "Olu Overbooked", { dayRate: 400, workDays: [1, 2, 3, 4, 5], hoursPerDay: 8 });
  await seedArtist(s, "Priya Parttime", { department: "Animation", workDays: [1, 2, 3], hoursPerDay: 6 });
  const project = await seedProject(s, "Night Shift", "NGT");
  // Next week: Monday–Friday booked whole days (40 h), plus a confirmed Saturday shoot of 10 h.
  await api(page, "POST", `${s.org}/bookings`, { projectId: project.id, personId: busy, startDate: day(7), endDate: day(11), status: "confirmed" });
  await api(page, "POST", `${s.org}/bookings`, {
    projectId: project.id,
    personId: busy,
    start: `${day(12)}T08:00:00Z`,
    end: `${day(12)}T18:00:00Z`,
    status: "confirmed",
  });
  const report = await api<{ rows: { name: string; weeks: { overAllocated: boolean; bookedHours: number; capacityHours: number }[] }[] }>(
    page,
    "GET",
    `${s.org}/utilization?from=${day(7)}&to=${day(14)}`,
  );
  expect(report.rows.find((r) => r.name === "Olu Overbooked")?.weeks[0]).toMatchObject({ overAllocated: true, bookedHours: 50, capacityHours: 40 });

  await page.goto(`/o/${s.orgId}/booking/utilization`);
  const olu = page.getByTestId("utilization-row").filter({ hasText: "Olu Overbooked" });
  const priya = page.getByTestId("utilization-row").filter({ hasText: "Priya Parttime" });
  await expect(olu.getByTestId("over-allocated-flag")).toBeVisible();
  await expect(olu.getByLabel("Over-allocated")).toHaveCount(1);
  await expect(olu).toContainText("125%");
  await expect(priya.getByTestId("over-allocated-flag")).toHaveCount(0);
  // The summary counts one over-allocated person and the charts render real SVG.
  await expect(page.getByText("1 person", { exact: true })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  await page.getByLabel("Only over-allocated").check();
  await expect(page.getByTestId("utilization-row")).toHaveCount(1);
  await page.getByText("Departments", { exact: true }).click();
  await expect(page.getByTestId("utilization-row").filter({ hasText: "Compositing" }).getByTestId("over-allocated-flag")).toBeVisible();

  // 5 days + a 10-hour day counted as 10/8 of a day at £400.
  const cost = page.getByTestId("project-cost-row").filter({ hasText: "Night Shift" });
  await expect(cost).toContainText("£2,500");
});
