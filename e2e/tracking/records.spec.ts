import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { newUser, seedUserWithOrganization } from "../support/users";

type Ctx = { page: Page; base: string; origin: string };

async function call(request: APIRequestContext, ctx: Ctx, method: "post" | "patch", path: string, data: unknown) {
  const res = await request[method](`${ctx.base}${path}`, { data, headers: { Origin: ctx.origin } });
  expect(res.ok(), `${path} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return res.json();
}

/** A VFX project with 3 shots in sequence SQ1 and 2 assets, imported through the API. */
async function seedProject(page: Page, label: string) {
  const orgId = await seedUserWithOrganization(page, newUser(label), `${label} Studio`);
  const origin = new URL(page.url()).origin;
  const ctx: Ctx = { page, base: `/api/v1/organizations/${orgId}/projects`, origin };
  const project = await call(page.request, ctx, "post", "", { name: "Lantern", code: "LTN", kind: "vfx", template: "vfx" });
  ctx.base = `/api/v1/organizations/${orgId}/projects/${project.id}`;
  await call(page.request, ctx, "post", "/imports/entities", {
    csv: "code,parent,frame_in,frame_out\nSQ1_0010,SQ1,1001,1040\nSQ1_0020,SQ1,1001,1060\nSQ1_0030,SQ1,1001,1030\n",
    type: "shot",
    dryRun: false,
  });
  await call(page.request, ctx, "post", "/imports/entities", {
    csv: "code,name,asset_type\nchr_lena,Lena,character\nprp_lamp,Lamp,prop\n",
    type: "asset",
    dryRun: false,
  });
  return { orgId, project, ctx, url: `/o/${orgId}/tracking/projects/${project.id}` };
}

test("custom fields, entity forms with field errors from the server, and the casting view", async ({ page }) => {
  const { url, ctx } = await seedProject(page, "Lead");

  // An admin adds a select field to shots in the custom fields tab.
  await page.goto(`${url}/fields`);
  await expect(page.getByText("No custom fields on shots yet")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Add field" }).first().click();
  const fieldDialog = page.getByRole("dialog", { name: "New field on shots" });
  await fieldDialog.getByRole("textbox", { name: "Label" }).fill("Complexity");
  await expect(fieldDialog.getByRole("textbox", { name: "Key" })).toHaveValue("complexity");
  await fieldDialog.getByRole("combobox", { name: "Type" }).click();
  await page.getByRole("option", { name: "Select", exact: true }).click();
  const options = fieldDialog.getByRole("combobox", { name: "Options" });
  for (const o of ["easy", "hard"]) {
    await options.fill(o);
    await options.press("Enter");
  }
  await fieldDialog.getByRole("button", { name: "Add field" }).click();
  await expect(page.getByTestId("field-row-complexity")).toContainText("Select");
  await expect(page.getByTestId("field-row-complexity")).toContainText("hard");

  // A required text field made through the API: the form leaves it empty and the server's
  // body.custom.vendor error lands on that input.
  await call(page.request, ctx, "post", "/fields", { object: "shot", key: "vendor", label: "Vendor", fieldType: "text", required: true });
  await page.goto(`${url}/entities?type=shot`);
  await expect(page.getByTestId("entity-row")).toHaveCount(3, { timeout: 30_000 });
  await page.getByRole("button", { name: "New shot" }).click();
  const shotDialog = page.getByRole("dialog", { name: "New shot" });
  await shotDialog.getByRole("textbox", { name: "Code" }).fill("SQ1_0040");
  await shotDialog.getByRole("combobox", { name: "Complexity" }).click();
  await page.getByRole("option", { name: "hard" }).click();
  await shotDialog.getByRole("button", { name: "Create shot" }).click();
  await expect(shotDialog.getByTestId("custom-fields").getByText("Vendor is required")).toBeVisible();
  await expect(shotDialog.getByRole("textbox", { name: "Vendor" })).toHaveAttribute("aria-invalid", "true");
  await shotDialog.getByRole("textbox", { name: "Vendor" }).fill("Ferrous FX");
  await shotDialog.getByRole("button", { name: "Create shot" }).click();

  // The new shot's drawer: details with the custom values, its template tasks, its history.
  const drawer = page.getByRole("dialog").filter({ hasText: "SQ1_0040" });
  await expect(drawer.getByTestId("entity-details")).toContainText("Ferrous FX");
  await expect(drawer.getByTestId("entity-details")).toContainText("hard");
  await drawer.getByRole("tab", { name: "Tasks" }).click();
  await expect(drawer.getByTestId("entity-tasks")).toContainText("Compositing");
  await drawer.getByRole("tab", { name: "History" }).click();
  await expect(drawer.getByTestId("history-entry").first()).toBeVisible();
  await drawer.getByRole("button", { name: "Archive" }).click();
  await expect(drawer.getByTestId("entity-archived")).toBeVisible();
  await drawer.getByRole("button", { name: "Restore" }).click();
  await expect(drawer.getByRole("button", { name: "Archive" })).toBeVisible();

  // Casting of sequence SQ1: cast Lena twice and the lamp in SQ1_0020.
  await page.goto(`${url}/casting`);
  await expect(page.getByTestId("casting-row-SQ1_0020")).toBeVisible();
  await page.getByTestId("casting-row-SQ1_0020").click();
  const castDialog = page.getByRole("dialog", { name: "Casting of SQ1_0020" });
  await castDialog.getByTestId("casting-asset-picker").click();
  await page.getByRole("option", { name: "chr_lena · Lena" }).click();
  await castDialog.getByTestId("casting-asset-picker").click();
  await page.getByRole("option", { name: "prp_lamp · Lamp" }).click();
  await castDialog.getByRole("textbox", { name: "Occurrences of chr_lena" }).fill("2");
  await castDialog.getByRole("button", { name: "Save casting" }).click();
  const row = page.getByTestId("casting-row-SQ1_0020");
  await expect(row).toContainText("×2");
  await expect(row).toContainText("●");
  await expect(page.getByTestId("casting-matrix")).toContainText("chr_lena");
});

test("Gantt: dependencies drawn, a cycle refused, a dragged bar saves new dates", async ({ page }) => {
  const { url, ctx } = await seedProject(page, "Planner");
  const tasks = (await (await page.request.get(`${ctx.base}/tasks?limit=200`)).json()).items as {
    id: string;
    name: string;
    entityCode: string;
    version: number;
  }[];
  const task = (shot: string, name: string) => tasks.find((t) => t.entityCode === shot && t.name === name) as (typeof tasks)[number];
  const anim = task("SQ1_0010", "Animation");
  const light = task("SQ1_0010", "Lighting");
  await call(page.request, ctx, "patch", `/tasks/${anim.id}`, { version: anim.version, startDate: "2026-12-01", dueDate: "2026-12-04" });
  await call(page.request, ctx, "patch", `/tasks/${light.id}`, { version: light.version, startDate: "2026-12-07", dueDate: "2026-12-10" });
  await call(page.request, ctx, "post", `/tasks/${light.id}/dependencies`, { predecessorId: anim.id });

  await page.goto(`${url}/gantt`);
  const chart = page.getByTestId("gantt-chart");
  await expect(chart.locator(".bar-wrapper")).toHaveCount(2, { timeout: 30_000 });
  await expect(chart.locator(".arrow path")).toHaveCount(1);

  // Lighting waits for Animation; making Animation wait for Lighting is refused as a cycle.
  await chart.locator(".bar-wrapper", { hasText: "Animation" }).locator(".bar").click();
  const panel = page.getByTestId("gantt-task-panel");
  await expect(panel).toContainText("Animation");
  await expect(panel.getByTestId("task-readiness")).toContainText("Ready to start");
  await panel.getByTestId("add-predecessor").click();
  await page.getByRole("option", { name: "SQ1_0010 · Lighting" }).click();
  await expect(panel.getByRole("alert")).toContainText("would make a loop");

  // Lighting is not ready: its predecessor is not approved.
  await chart.locator(".bar-wrapper", { hasText: "Lighting" }).locator(".bar").click();
  await expect(panel.getByTestId("task-readiness")).toContainText("Not ready yet");
  await expect(panel.getByTestId("predecessor")).toContainText("Animation");

  // Drag Lighting five days earlier: it now starts before Animation is due (a schedule conflict).
  await page.getByTestId("gantt-zoom").getByText("Day", { exact: true }).click();
  const bar = chart.locator(".bar-wrapper", { hasText: "Lighting" }).locator(".bar");
  // The day view redraws wider bars (four days at 45 px); measure once it has.
  await expect.poll(async () => (await bar.boundingBox())?.width ?? 0).toBeGreaterThan(150);
  await bar.scrollIntoViewIfNeeded();
  const box = await bar.boundingBox();
  if (!box) throw new Error("no bar");
  const dayWidth = box.width / 4;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - dayWidth * 5, box.y + box.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect(panel.getByTestId("schedule-conflict")).toContainText("Starts before SQ1_0010 · Animation is due");
  await expect(page.getByTestId("conflict-count")).toHaveText("1 schedule conflict");
  // Saved through the API with its version: earlier than Animation's due date, still four days long.
  await expect.poll(async () => (await (await page.request.get(`${ctx.base}/tasks/${light.id}`)).json()).startDate).toMatch(/^2026-12-0[1-4]$/);
  const saved = await (await page.request.get(`${ctx.base}/tasks/${light.id}`)).json();
  expect(saved.version).toBeGreaterThan(light.version + 1);
  expect((Date.parse(saved.dueDate) - Date.parse(saved.startDate)) / 86_400_000).toBe(3);
});
