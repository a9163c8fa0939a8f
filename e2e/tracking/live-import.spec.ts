import { expect, test } from "@playwright/test";
import { newUser, seedUserWithOrganization } from "../support/users";

/**
 * A CSV import sends one live event (import.completed), not one per row: another browser with the
 * grid open must still show the imported shots, a task import's statuses, and an undo — without
 * a reload.
 */
test("another browser's grid shows a CSV import's shots, a task import's statuses and an undo live", async ({ page, browser }) => {
  const user = newUser("Coordinator");
  const orgId = await seedUserWithOrganization(page, user, "Lighthouse VFX");
  const headers = { Origin: new URL(page.url()).origin };
  const post = async (url: string, data: unknown) => {
    const res = await page.request.post(url, { data, headers });
    expect(res.ok(), `${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
    return res.json();
  };
  const project = await post(`/api/v1/organizations/${orgId}/projects`, { name: "Salt Road", code: "SALT", kind: "vfx", template: "vfx" });
  const p = `/api/v1/organizations/${orgId}/projects/${project.id}`;

  // The watcher: a second browser, signed in on its own, with the (empty) grid open.
  const other = await browser.newContext();
  const watcher = await other.newPage();
  await watcher.goto("/sign-in");
  const signIn = await watcher.request.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password }, headers });
  expect(signIn.ok()).toBeTruthy();
  await watcher.goto(`/o/${orgId}/tracking/projects/${project.id}/grid`);
  await expect(watcher.getByText("No shots yet")).toBeVisible({ timeout: 30_000 });

  // 30 shots in 2 sequences, imported through the API by the first browser.
  const codes = Array.from({ length: 30 }, (_, i) => `${i < 15 ? "SR010" : "SR020"}_${String((i + 1) * 10).padStart(4, "0")}`);
  const csv = ["code,parent,frame_in,frame_out", ...codes.map((c) => `${c},${c.slice(0, 5)},1001,1040`)].join("\n");
  const shots = await post(`${p}/imports/entities`, { csv, type: "shot", dryRun: false, fileName: "salt-road.csv" });
  expect(shots.summary.create).toBeGreaterThanOrEqual(30); // the shots (and their sequences)

  await expect(watcher.getByTestId("grid-count")).toHaveText("30 of 30 shots loaded", { timeout: 15_000 });
  await expect(watcher.getByRole("button", { name: "Open SR010_0010" })).toBeVisible();

  // A task import sets a status: the watcher's cell changes.
  const tasks = await post(`${p}/imports/tasks`, {
    csv: "entity_type,entity_code,task_type,status\nshot,SR010_0010,Matchmove,wip\n",
    dryRun: false,
  });
  expect(tasks.summary.update).toBe(1);
  await expect(watcher.getByRole("button", { name: "Status of SR010_0010 Matchmove: In progress" })).toBeVisible({ timeout: 15_000 });

  // Undoing the shots' import is not allowed before the later task import; undo both, newest first.
  await post(`${p}/imports/${tasks.importId}/undo`, {});
  await expect(watcher.getByRole("button", { name: "Status of SR010_0010 Matchmove: Waiting to start" })).toBeVisible({ timeout: 15_000 });
  await post(`${p}/imports/${shots.importId}/undo`, {});
  await expect(watcher.getByText("No shots yet")).toBeVisible({ timeout: 15_000 });
  await other.close();
});
