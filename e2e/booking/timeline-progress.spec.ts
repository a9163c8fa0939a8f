import { expect, test } from "@playwright/test";
import { newUser, seedUserWithOrganization } from "../support/users";

type Config = { taskTypes: { id: string; name: string; entityTypeKey: string }[]; statuses: { id: string; shortCode: string }[] };
type GridRow = { code: string; tasks: Record<string, { id: string; version: number }> };

test("a phase following the comp tasks shows their approved share, and moves live when a task is approved", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Producer"), "Progress Studio");
  const headers = { Origin: new URL(page.url()).origin };
  const projects = `/api/v1/organizations/${orgId}/projects`;
  const project = await (await page.request.post(projects, { data: { name: "Kestrel", code: "KST", kind: "vfx", template: "vfx" }, headers })).json();
  const base = `${projects}/${project.id}`;
  for (const code of ["SH010", "SH020"]) expect((await page.request.post(`${base}/entities`, { data: { typeKey: "shot", code }, headers })).ok()).toBeTruthy();
  const config: Config = await (await page.request.get(`${base}/config`)).json();
  const comp = config.taskTypes.find((t) => t.name === "Compositing" && t.entityTypeKey === "shot");
  const approved = config.statuses.find((s) => s.shortCode === "apr");
  if (!comp || !approved) throw new Error("the VFX template has a shot Compositing task type and an Approved status");

  await page.goto(`/o/${orgId}/tracking/projects/${project.id}/timeline`);
  await page.getByRole("button", { name: "Add the first phase" }).click();
  const form = page.getByRole("form", { name: "Add phase" });
  await form.getByRole("textbox", { name: "Name" }).fill("Comp");
  await form.getByLabel("Progress from").click();
  await page.getByRole("option", { name: "Compositing tasks (shot)" }).click();
  await expect(form.getByText("Follows the Compositing tasks once saved.")).toBeVisible();
  await form.getByRole("button", { name: "Add phase" }).click();
  const row = page.getByTestId("timeline-phase-row").filter({ hasText: "Comp" });
  await expect(row).toContainText("0% · 0/2 tasks");

  // Someone approves a comp task elsewhere: the open timeline follows.
  const grid = await (await page.request.get(`${base}/grid?type=shot`)).json();
  const task = (grid.rows as GridRow[]).find((r) => r.code === "SH010")?.tasks[comp.id];
  if (!task) throw new Error("SH010 has a comp task");
  expect((await page.request.patch(`${base}/tasks/${task.id}`, { data: { version: task.version, statusId: approved.id }, headers })).ok()).toBeTruthy();
  await expect(row).toContainText("50% · 1/2 tasks");

  // The drawer says where the figure comes from.
  await row.getByRole("button", { name: "Comp" }).click();
  await expect(page.getByText("1 of 2 Compositing tasks approved.")).toBeVisible();
});
