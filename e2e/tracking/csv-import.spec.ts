import { expect, type Page, test } from "@playwright/test";
import { newUser, seedUserWithOrganization } from "../support/users";
import { shotsCsv } from "../support/shots-csv";

async function chooseFile(page: Page, name: string, csv: string) {
  await page.getByTestId("csv-file-input").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("button", { name: "Choose a CSV file" })).toContainText(name);
}

test("CSV import wizard: dry-run diff, import, re-import unchanged, edited file updates only its rows, undo", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Coordinator"), "Tidewater VFX");
  const project = await (
    await page.request.post(`/api/v1/organizations/${orgId}/projects`, {
      data: { name: "Night Ferry", code: "NFY", kind: "vfx", template: "vfx" },
      headers: { Origin: new URL(page.url()).origin },
    })
  ).json();
  await page.goto(`/o/${orgId}/tracking/projects/${project.id}/csv`);
  await expect(page.getByText("No imports yet")).toBeVisible({ timeout: 30_000 });

  // First import: the name says shots, the dry run shows 200 new shots and their 4 sequences.
  await chooseFile(page, "night-ferry-shots.csv", shotsCsv());
  await expect(page.getByTestId("import-target")).toHaveValue("Shots");
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("summary-error")).toHaveText("0 errors");
  await expect(page.getByTestId("summary-create")).toHaveText(/^20[04] new$/);
  const diff = page.getByTestId("import-diff");
  await expect(diff.locator("tr", { hasText: "OPN_0010" })).toContainText("Frame out");
  await expect(diff.locator("tr", { hasText: "sequence OPN" })).toContainText("New");
  await expect(diff.locator("tr[data-action=create]")).toHaveCount(100); // one page of the diff
  await page.getByRole("button", { name: /^Import 20[04] changes$/ }).click();
  await expect(page.getByTestId("import-done")).toContainText("Import complete", { timeout: 45_000 });
  await expect(page.getByTestId("imports-history")).toContainText("night-ferry-shots.csv");

  // The same file again: every row unchanged, nothing to import.
  await page.getByRole("button", { name: "Import another file" }).click();
  await chooseFile(page, "night-ferry-shots.csv", shotsCsv());
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("summary-unchanged")).toHaveText("200 unchanged");
  await expect(page.getByTestId("summary-create")).toHaveText("0 new");
  await expect(page.getByTestId("summary-update")).toHaveText("0 changed");
  await expect(page.getByText("Nothing to change: every row matches")).toBeVisible();
  await expect(page.getByRole("button", { name: "Nothing to import" })).toBeDisabled();

  // An edited file: only the 4 edited rows change, each showing old → new.
  await page.getByRole("button", { name: "Back" }).click();
  await chooseFile(page, "night-ferry-shots-v2.csv", shotsCsv(true));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("summary-update")).toHaveText("4 changed");
  await expect(page.getByTestId("summary-unchanged")).toHaveText("196 unchanged");
  await expect(diff.locator("tr[data-action=update]")).toHaveCount(4);
  const dck = diff.locator("tr", { hasText: "DCK_0010" });
  await expect(dck).toContainText("Frame out");
  await expect(dck).toContainText("→");
  await expect(diff.locator("tr", { hasText: "END_0500" })).toContainText("Zoë's last look");
  await page.getByRole("button", { name: "Import 4 changes" }).click();
  await expect(page.getByTestId("import-done")).toContainText("4 changed", { timeout: 45_000 });

  // Undo the latest import: the four shots get their earlier values back.
  const history = page.getByTestId("imports-history");
  await expect(history).toContainText("night-ferry-shots-v2.csv");
  await history.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Undo import" }).click();
  await expect(history.getByText("Undone")).toBeVisible();
  const shots = await (await page.request.get(`/api/v1/organizations/${orgId}/projects/${project.id}/entities?type=shot&q=END_0500`)).json();
  expect(shots.items[0].name).toBe("END shot 50");

  // Checking the edited file again shows the same 4 changes: the undo really put them back.
  await page.getByRole("button", { name: "Import another file" }).click();
  await chooseFile(page, "night-ferry-shots-v2.csv", shotsCsv(true));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("summary-update")).toHaveText("4 changed");
});

test("CSV import wizard: errors name line and column and block the import", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Wrangler"), "Quayside FX");
  const project = await (
    await page.request.post(`/api/v1/organizations/${orgId}/projects`, {
      data: { name: "Quay", code: "QAY", kind: "vfx", template: "vfx" },
      headers: { Origin: new URL(page.url()).origin },
    })
  ).json();
  await page.goto(`/o/${orgId}/tracking/projects/${project.id}/csv`);
  await chooseFile(page, "broken.csv", "code,parent,frame_in,frame_out\nSH010,SQ1,1001,1050\nSH020,SQ1,1001,abc\nSH010,SQ1,1001,1010\n");
  await page.getByTestId("import-target").click();
  await page.getByRole("option", { name: "Shots", exact: true }).click();
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByTestId("summary-error")).toHaveText("2 errors");
  const diff = page.getByTestId("import-diff");
  await expect(diff.locator("tr", { hasText: "SH020" })).toContainText("frame_out: Not a whole number");
  await expect(diff.locator("tr[data-action=error]").first()).toContainText("3");
  await expect(page.getByRole("button", { name: /^Import \d+ changes?$/ })).toBeDisabled();
});
