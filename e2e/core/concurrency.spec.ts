import { expect, test } from "@playwright/test";
import { newUser, seedPerson, seedUserWithOrganization } from "../support/users";

test("a stale edit shows the conflict with the current values instead of overwriting", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Conflict"), "Conflict Studio");
  const person = await seedPerson(page, orgId, { displayName: "Noor Haddad", phone: "+44 20 0000 0001" });
  await page.goto(`/o/${orgId}/people/${person.id}`);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "live");

  // My edit, not saved yet.
  await page.getByLabel("Phone").fill("+44 20 0000 0002");

  // Someone else saves the same field first (same API, another request).
  const res = await page.request.patch(`/api/v1/organizations/${orgId}/people/${person.id}`, {
    data: { version: person.version, phone: "+44 20 0000 0003" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(res.ok()).toBeTruthy();

  await page.getByRole("button", { name: "Save changes" }).click();
  const conflict = page.getByTestId("version-conflict");
  await expect(conflict).toContainText("Someone else changed this person");
  await expect(conflict).toContainText("+44 20 0000 0003");
  await expect(conflict).toContainText("+44 20 0000 0002");

  await conflict.getByRole("button", { name: "Use their values" }).click();
  await expect(page.getByLabel("Phone")).toHaveValue("+44 20 0000 0003");
  await expect(conflict).toBeHidden();
});
