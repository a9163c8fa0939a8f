import { expect, test } from "@playwright/test";
import { newUser, seedUserWithOrganization } from "../support/users";

/** The server refuses every write to an archived project (409 project_archived); the screens offer none. */
test("an archived project's grid and task drawer are read-only, and the API refuses writes", async ({ page }) => {
  const orgId = await seedUserWithOrganization(page, newUser("Archivist"), "Quiet Harbour");
  const headers = { Origin: new URL(page.url()).origin };
  const call = async (method: "get" | "post" | "patch", url: string, data?: unknown) => {
    const res = await page.request[method](url, { data, headers });
    return { status: res.status(), json: await res.json() };
  };
  const project = (await call("post", `/api/v1/organizations/${orgId}/projects`, { name: "Last Light", code: "LAST", kind: "vfx", template: "vfx" })).json;
  const p = `/api/v1/organizations/${orgId}/projects/${project.id}`;
  expect((await call("post", `${p}/entities`, { typeKey: "shot", code: "SH010" })).status).toBe(201);
  const grid = (await call("get", `${p}/grid?type=shot`)).json;
  const config = (await call("get", `${p}/config`)).json;
  const comp = config.taskTypes.find((t: { name: string; entityTypeKey: string }) => t.name === "Compositing" && t.entityTypeKey === "shot");
  const task = grid.rows[0].tasks[comp.id];
  expect((await call("post", `/api/v1/organizations/${orgId}/projects/${project.id}/archive`, { version: project.version })).status).toBe(200);

  const refused = await call("patch", `${p}/tasks/${task.id}`, { version: task.version, priority: 2 });
  expect(refused).toMatchObject({ status: 409, json: { code: "project_archived" } });

  await page.goto(`/o/${orgId}/tracking/projects/${project.id}/grid?task=${task.id}&taskProject=${project.id}`);
  const drawer = page.getByTestId("task-drawer");
  await expect(drawer.getByTestId("task-archived")).toHaveText("Project archived", { timeout: 30_000 });
  await expect(drawer.getByTestId("task-properties").getByLabel("Status", { exact: true })).toBeDisabled();
  await expect(drawer.getByText("This task or its project is archived: restore it to add versions.")).toBeVisible();
  await drawer.getByRole("tab", { name: "Comments" }).click();
  await expect(drawer.getByTestId("comments-read-only")).toHaveText("This project is archived; restore it to add comments.");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Status of SH010 Matchmove: Waiting to start" }).first()).toBeDisabled();
});
