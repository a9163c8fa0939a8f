import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { newUser, seedPerson, seedUserWithOrganization } from "../support/users";

test("a VFX project from the template: pipeline, statuses, a role filled with a person, credits export", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Producer"), "Harbour VFX");
  await seedPerson(page, orgId, { displayName: "Rosa Quill", department: "FX", title: "FX Artist" });

  await page.goto(`/o/${orgId}/tracking`);
  await expect(page.getByText("No projects yet")).toBeVisible();
  await page.getByRole("button", { name: "New project" }).first().click();

  const dialog = page.getByRole("dialog", { name: "New project" });
  await dialog.getByTestId("template-vfx").click();
  await expect(dialog.getByTestId("template-preview")).toContainText("Matchmove, Roto, Layout, Animation, FX, Lighting, Compositing");
  await dialog.getByRole("textbox", { name: "Name" }).fill("Harbour Lights");
  await expect(dialog.getByRole("textbox", { name: "Code" })).toHaveValue("HARBOUR_LIGHTS");
  await dialog.getByRole("textbox", { name: "Client" }).fill("Tidewater Films");
  await dialog.getByRole("button", { name: "Create project" }).click();

  await expect(page.getByTestId("project-name")).toHaveText("Harbour Lights");
  await expect(page.getByTestId("project-glance")).toContainText("Shot: 7 steps");
  await expect(page.getByTestId("history-panel").getByTestId("history-entry")).toHaveCount(1);

  // The template's pipeline, as the server created it.
  await page.getByRole("tab", { name: "Setup" }).click();
  await page.getByRole("menuitem", { name: "Pipeline & statuses" }).click();
  const shotSteps = page.getByTestId("task-types-shot").getByTestId("task-type-row");
  await expect(shotSteps).toHaveText([/Matchmove/, /Roto/, /Layout/, /Animation/, /FX/, /Lighting/, /Compositing/]);
  const assetSteps = page.getByTestId("task-types-asset").getByTestId("task-type-row");
  await expect(assetSteps).toHaveText([/Modeling/, /Texturing/, /Rigging/, /Lookdev/]);
  await expect(assetSteps.filter({ hasText: "Rigging" })).toContainText("Gates casting");
  const statuses = page.getByTestId("status-row");
  await expect(statuses).toHaveCount(8);
  await expect(statuses.first()).toContainText("Waiting to start");
  await expect(statuses.first()).toContainText("Default");
  await expect(statuses.filter({ hasText: "Approved" })).toContainText("Approved");

  // A new role, then filled with a person from the directory.
  await page.getByRole("tab", { name: "Team" }).click();
  await expect(page.getByTestId("slot-summary")).toHaveText("0 of 8 roles filled");
  await page.getByRole("button", { name: "Add role" }).click();
  const addRole = page.getByRole("dialog", { name: "Add role" });
  await addRole.getByRole("combobox", { name: "Role" }).fill("Artist");
  await addRole.getByRole("combobox", { name: "Department" }).fill("FX");
  await addRole.getByRole("textbox", { name: "Credit" }).fill("FX Artist");
  await addRole.getByRole("button", { name: "Add role" }).click();
  const row = page.getByTestId("slot-row").filter({ hasText: "FX Artist" });
  await expect(row).toContainText("Open");

  await row.getByRole("button", { name: "Fill" }).click();
  const fill = page.getByRole("dialog", { name: "Fill FX Artist" });
  await fill.getByRole("combobox", { name: "Person" }).fill("Rosa");
  await page.getByRole("option", { name: /Rosa Quill/ }).click();
  await fill.getByRole("button", { name: "Fill role" }).click();
  await expect(row).toContainText("Rosa Quill");
  await expect(page.getByTestId("slot-summary")).toHaveText("1 of 9 roles filled");

  // Credits come from the slots: the filled one names its person.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export credits" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("HARBOUR_LIGHTS-credits.csv");
  const csv = (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe("Department,Role,Credit,Name");
  expect(lines).toContain("FX,Artist,FX Artist,Rosa Quill");
  expect(lines).toContain("Supervision,VFX Supervisor,VFX Supervisor,");
  expect(lines).toHaveLength(10);
});

test("archiving a project takes it off the open list and locks its settings until restored", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Archiver"), "Archive Studio");
  const res = await page.request.post(`/api/v1/organizations/${orgId}/projects`, {
    data: { name: "Old Spot", code: "OLD", kind: "commercial", template: "blank" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(res.status()).toBe(201);
  const project = await res.json();

  await page.goto(`/o/${orgId}/tracking/projects/${project.id}`);
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Archive project" }).click();
  await expect(page.getByRole("button", { name: "Restore", exact: true })).toBeVisible();
  await expect(page.getByText("This project is archived. Restore it to make changes.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name" })).toBeDisabled();

  await page.getByRole("tab", { name: "Setup" }).click();
  await page.getByRole("menuitem", { name: "Pipeline & statuses" }).click();
  await expect(page.getByRole("button", { name: "Add status" })).toBeDisabled();

  await page.getByRole("link", { name: "Projects" }).click();
  await expect(page.getByText("No open projects")).toBeVisible();
  await page.getByText("Archived", { exact: true }).click();
  await expect(page.getByTestId("project-card")).toHaveCount(1);
  await expect(page.getByTestId("project-card")).toContainText("Archived");

  await page.getByTestId("project-card").click();
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByRole("button", { name: "Archive", exact: true })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name" })).toBeEnabled();
});
