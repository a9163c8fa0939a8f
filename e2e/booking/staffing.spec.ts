import { expect, test } from "@playwright/test";
import { api, bookingStudio, day, fillDay, seedArtist, seedProject } from "./booking-helpers";

type Booking = { id: string; personId: string | null; status: string; holdRank: number | null; requirementId: string | null; placeholder: boolean };

test("a staffing requirement lists the free people with the skills, and Pencil puts a hold on one", async ({ page }) => {
  const s = await bookingStudio(page, "Staffing");
  const nia = await seedArtist(s, "Nia Comp", { skills: [{ name: "Nuke", level: 4 }], dayRate: 500 });
  await seedArtist(s, "Tom Junior", { skills: [{ name: "Nuke", level: 2 }], dayRate: 250 });
  const busy = await seedArtist(s, "Bea Booked", { skills: [{ name: "Nuke", level: 5 }], dayRate: 600 });
  const project = await seedProject(s, "Harbour Lights", "HBL");
  await api(page, "POST", `${s.org}/bookings`, { projectId: project.id, personId: busy, startDate: day(14), endDate: day(15), status: "confirmed" });

  await page.goto(`/o/${s.orgId}/tracking/projects/${project.id}/staffing`);
  await expect(page.getByText("No staffing requirements yet")).toBeVisible();
  await page.getByRole("button", { name: "Add requirement" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add a staffing requirement" });
  await dialog.getByPlaceholder("e.g. Compositor").fill("Compositor");
  await dialog.getByLabel("Add a skill").fill("Nuke");
  await dialog.getByLabel("Add a skill").press("Enter");
  await dialog.getByRole("radio", { name: "Nuke level 3" }).click();
  await fillDay(dialog.getByPlaceholder("First day"), day(14));
  await fillDay(dialog.getByPlaceholder("Last day"), day(18));
  await dialog.getByRole("button", { name: "Add requirement" }).click();

  const card = page.getByTestId("requirement-card");
  await expect(card).toContainText("Nuke ≥ 3");
  // Nia has Nuke 4 and is free; Tom's Nuke 2 is too low; Bea is booked.
  await expect(card.getByTestId("candidate-row")).toHaveCount(1);
  await expect(card.getByTestId("candidate-row")).toContainText("Nia Comp");
  await expect(card.getByTestId("candidate-row")).toContainText("£2,500");

  await card.getByRole("button", { name: "Pencil Nia Comp" }).click();
  await expect(page.getByText("Nia Comp pencilled")).toBeVisible();
  await expect(card.getByTestId("requirement-filled")).toHaveText("1 of 1 booked");
  const { items } = await api<{ items: Booking[] }>(page, "GET", `${s.org}/bookings?projectId=${project.id}&personId=${nia}`);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({ personId: nia, status: "hold", holdRank: 1 });
  expect(items[0]?.requirementId).toBeTruthy();
});

test("a placeholder booking is converted to a person from the project's staffing tab", async ({ page }) => {
  const s = await bookingStudio(page, "Placeholder");
  const lea = await seedArtist(s, "Léa Fontaine", { department: "Lighting", dayRate: 450 });
  const project = await seedProject(s, "Midnight Run", "MNR");
  const slot = await api<{ id: string }>(page, "POST", `${s.org}/projects/${project.id}/slots`, { role: "Artist", displayName: "Lighting Artist" });
  const placeholder = await api<Booking>(page, "POST", `${s.org}/bookings`, {
    projectId: project.id,
    roleSlotId: slot.id,
    startDate: day(7),
    endDate: day(11),
  });
  expect(placeholder.placeholder).toBe(true);

  await page.goto(`/o/${s.orgId}/tracking/projects/${project.id}/staffing`);
  const row = page.getByTestId("placeholder-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Lighting Artist");
  await row.getByRole("button", { name: "Convert to person" }).click();
  const dialog = page.getByRole("dialog", { name: "Convert Lighting Artist to a person" });
  await dialog.getByLabel("Person").fill("Léa");
  await page.getByRole("option", { name: /Léa Fontaine/ }).click();
  await expect(dialog.getByText("Booked at Léa Fontaine's day rate, £450.")).toBeVisible();
  await dialog.getByRole("button", { name: "Convert" }).click();
  await expect(page.getByText("Léa Fontaine is now booked as Lighting Artist.")).toBeVisible();
  await expect(page.getByTestId("placeholder-row")).toHaveCount(0);

  const after = await api<Booking>(page, "GET", `${s.org}/bookings/${placeholder.id}`);
  expect(after).toMatchObject({ personId: lea, placeholder: false, status: "hold", rate: 450, rateUnit: "day", currency: "GBP" });
});
