import { expect, test } from "@playwright/test";
import { newUser, seedUserWithOrganization } from "../support/users";

test("creating a person with an invalid email shows the field error", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Fielderr"), "Field Error Studio");
  await page.goto(`/o/${orgId}/people`);
  await page.getByRole("button", { name: "New person" }).first().click();

  const dialog = page.getByRole("dialog", { name: "New person" });
  await dialog.getByLabel("Display name").fill("Invalid Email Person");
  await dialog.getByLabel("Email").fill("not-an-email");
  await dialog.getByRole("button", { name: "Create person" }).click();

  await expect(dialog.getByText("Invalid email address")).toBeVisible();
  await expect(dialog.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toBeVisible();
});

test("a person can be created, edited and archived, and the history shows the changes", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Editor"), "Edit Studio");
  await page.goto(`/o/${orgId}/people`);
  await page.getByRole("button", { name: "New person" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New person" });
  await dialog.getByLabel("Display name").fill("Mira Okafor");
  await dialog.getByRole("combobox", { name: "Department" }).fill("Compositing");
  await dialog.getByRole("button", { name: "Create and open" }).click();

  await expect(page.getByTestId("person-name")).toHaveText("Mira Okafor");
  await page.getByLabel("Title").fill("Lead Compositor");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  const history = page.getByTestId("history-panel");
  await expect(history.getByTestId("history-entry")).toHaveCount(2);
  await expect(history).toContainText("Lead Compositor");

  await page.getByRole("button", { name: "Archive" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("button", { name: "Restore" })).toBeVisible();
  await expect(history.getByTestId("history-entry")).toHaveCount(3);
});
