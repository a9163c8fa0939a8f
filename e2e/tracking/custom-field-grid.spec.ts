import { expect, test } from "@playwright/test";
import { newUser, seedUserWithOrganization } from "../support/users";

/**
 * Issue 3's custom-field point end to end: an admin adds a select field to shots; it shows in the
 * grid, edits inline, filters on the server and goes out in the CSV export; a value that is not
 * one of its options is a 400 naming the field.
 */
test("a select field on shots: a grid column, edited inline, filtered, exported; a bad value is a 400 naming it", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Fields"), "Fields Studio");
  const headers = { Origin: new URL(page.url()).origin };
  const base = `/api/v1/organizations/${orgId}`;
  const project = await (await page.request.post(`${base}/projects`, { data: { name: "Kestrel", code: "KST", kind: "vfx", template: "vfx" }, headers })).json();
  const p = `${base}/projects/${project.id}`;
  const shots: Record<string, string> = {};
  for (const code of ["KS010", "KS020", "KS030"]) {
    const res = await page.request.post(`${p}/entities`, { data: { typeKey: "shot", code, frameIn: 1001, frameOut: 1024 }, headers });
    expect(res.status()).toBe(201);
    shots[code] = (await res.json()).id;
  }
  const url = `/o/${orgId}/tracking/projects/${project.id}`;

  // The admin adds the field in Setup → Custom fields.
  await page.goto(`${url}/fields`);
  await expect(page.getByText("No custom fields on shots yet")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Add field" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New field on shots" });
  await dialog.getByRole("textbox", { name: "Label" }).fill("Complexity");
  await dialog.getByRole("combobox", { name: "Type" }).click();
  await page.getByRole("option", { name: "Select", exact: true }).click();
  const options = dialog.getByRole("combobox", { name: "Options" });
  for (const o of ["easy", "hard", "hero"]) {
    await options.fill(o);
    await options.press("Enter");
  }
  await dialog.getByRole("button", { name: "Add field" }).click();
  await expect(page.getByTestId("field-row-complexity")).toContainText("Select");

  // The grid has the column; a double click edits the cell in place and the server keeps it.
  await page.goto(`${url}/grid`);
  await expect(page.getByTestId("grid-count")).toHaveText("3 of 3 shots loaded", { timeout: 30_000 });
  const header = page.locator('.ag-header-cell[col-id="custom.complexity"]');
  await header.scrollIntoViewIfNeeded();
  await expect(header).toContainText("Complexity");
  const cell = page.locator('.ag-row:has-text("KS020") .ag-cell[col-id="custom.complexity"]');
  await cell.dblclick();
  // AG Grid's select editor: open its list, pick the option.
  await cell.locator(".ag-picker-field-wrapper").click();
  await page.getByRole("option", { name: "hero", exact: true }).click();
  await expect(cell).toHaveText("hero");
  await expect.poll(async () => (await (await page.request.get(`${p}/entities/${shots.KS020}`)).json()).custom?.complexity, { timeout: 10_000 }).toBe("hero");

  // A field filter narrows the grid on the server, and lands in the URL.
  await page.getByRole("button", { name: "Field filter" }).click();
  await page.getByRole("combobox", { name: "Custom field" }).click();
  await page.getByRole("option", { name: "Complexity" }).click();
  await page.getByRole("combobox", { name: "Is" }).click();
  await page.getByRole("option", { name: "hero" }).click();
  await page.getByRole("button", { name: "Add filter" }).click();
  await expect(page.getByTestId("grid-count")).toHaveText("1 of 1 shots loaded");
  await expect(page.locator('.ag-row:has-text("KS020")').first()).toBeVisible();
  await expect(page.locator('.ag-row:has-text("KS010")')).toHaveCount(0);
  await expect(page).toHaveURL(/field=complexity%3Ahero/);

  // The export carries the column and the value.
  await page.goto(`${url}/csv`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download" }).click();
  const file = await (await download).path();
  const csv = (await import("node:fs")).readFileSync(file, "utf8");
  const [head, ...lines] = csv.trim().split(/\r?\n/);
  const column = (head ?? "").split(",").indexOf("custom.complexity");
  expect(column).toBeGreaterThan(-1);
  expect(lines.find((l) => l.startsWith("KS020"))?.split(",")[column]).toBe("hero");

  // A value outside the options: 400, the problem names body.custom.complexity, nothing saved.
  const entity = await (await page.request.get(`${p}/entities/${shots.KS010}`)).json();
  const bad = await page.request.patch(`${p}/entities/${shots.KS010}`, { data: { version: entity.version, custom: { complexity: "impossible" } }, headers });
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/problem+json");
  const problem = await bad.json();
  expect(JSON.stringify(problem)).toContain("body.custom.complexity");
  expect((await (await page.request.get(`${p}/entities/${shots.KS010}`)).json()).custom?.complexity ?? null).toBeNull();
});
