import { type Browser, expect, type Page, test } from "@playwright/test";
import { call, renderFrame } from "../support/studio";
import { newUser, seedUserWithOrganization, type TestUser } from "../support/users";
import { shotsCsv } from "../support/shots-csv";

/**
 * Issue 3's "done when" flow, in the browser as the studio's people would do it: a coordinator
 * sets up a VFX project and imports its shots, tasks go to the artist's role, the artist starts
 * one and uploads a version, the supervisor asks for a retake in dailies, the artist finds the
 * note in the inbox, and a grid left open elsewhere shows the retake without a reload.
 */
test.setTimeout(240_000);

/** A colleague who accepts an invitation with a role (the invitation screens have their own spec). */
async function invite(browser: Browser, coordinator: Page, orgId: string, label: string, role: "manager" | "member") {
  const user = newUser(label);
  const invitation = await call<{ acceptUrl: string }>(coordinator, "POST", `/api/v1/organizations/${orgId}/invitations`, { email: user.email, role });
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await call(page, "POST", "/api/auth/sign-up/email", user);
  await call(page, "POST", "/api/v1/invitations/accept", { token: new URL(invitation.acceptUrl).searchParams.get("token") });
  const me = await call<{ user: { id: string } }>(page, "GET", "/api/v1/me");
  return { user, page, userId: me.user.id };
}

async function signInAgain(browser: Browser, user: TestUser, width: number) {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await page.goto("/sign-in");
  await call(page, "POST", "/api/auth/sign-in/email", { email: user.email, password: user.password });
  return page;
}

/** Chooses a CSV file and checks it (the dry run); the wizard guesses shots from its name. */
async function checkCsv(page: Page, name: string, csv: string) {
  await page.getByTestId("csv-file-input").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("button", { name: "Choose a CSV file" })).toContainText(name);
  await expect(page.getByTestId("import-target")).toHaveValue("Shots");
  await page.getByRole("button", { name: "Check file" }).click();
}

test("production: project from a template, 200 shots from CSV, tasks to roles, artist's version, supervisor's retake, inbox, live grid", async ({
  browser,
}) => {
  const coordinatorUser = newUser("Coordinator");
  const coord = await (await browser.newContext()).newPage();
  const orgId = await seedUserWithOrganization(coord, coordinatorUser, `Tidewater VFX ${Date.now().toString(36)}`);
  const supervisor = await invite(browser, coord, orgId, "Supervisor", "manager");
  const artist = await invite(browser, coord, orgId, "Artist", "member");
  await call(coord, "POST", `/api/v1/organizations/${orgId}/people`, { displayName: artist.user.name, department: "Compositing", userId: artist.userId });

  // 1. The coordinator creates a VFX project from the template.
  await coord.goto(`/o/${orgId}/tracking`);
  await coord.getByRole("button", { name: "New project" }).first().click();
  const dialog = coord.getByRole("dialog", { name: "New project" });
  await dialog.getByTestId("template-vfx").click();
  await dialog.getByRole("textbox", { name: "Name" }).fill("Harbour Lights");
  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(coord.getByTestId("project-name")).toHaveText("Harbour Lights");
  const projectUrl = new URL(coord.url()).pathname;

  // ... and puts the artist in the template's Compositor 1 role.
  await coord.getByRole("tab", { name: "Team" }).click();
  const role = coord.getByTestId("slot-row").filter({ hasText: "Compositor 1" });
  await role.getByRole("button", { name: "Fill" }).click();
  const fill = coord.getByRole("dialog", { name: "Fill Compositor 1" });
  await fill.getByRole("combobox", { name: "Person" }).fill(artist.user.name.split(" ")[0] ?? "");
  await coord.getByRole("option", { name: new RegExp(artist.user.name) }).click();
  await fill.getByRole("button", { name: "Fill role" }).click();
  await expect(role).toContainText(artist.user.name);

  // 2. 200 shots in 4 sequences from CSV: the dry run shows the diff, then the import.
  await coord.goto(`${projectUrl}/csv`);
  await checkCsv(coord, "harbour-shots.csv", shotsCsv());
  await expect(coord.getByTestId("summary-error")).toHaveText("0 errors");
  // 200 shots, and the 4 sequences they name.
  await expect(coord.getByTestId("summary-create")).toHaveText(/^20[04] new$/);
  await expect(coord.getByTestId("import-diff").locator("tr", { hasText: "sequence OPN" })).toContainText("New");
  await coord.getByRole("button", { name: /^Import 20[04] changes$/ }).click();
  await expect(coord.getByTestId("import-done")).toContainText("Import complete", { timeout: 60_000 });

  // The same file again changes nothing.
  await coord.getByRole("button", { name: "Import another file" }).click();
  await checkCsv(coord, "harbour-shots.csv", shotsCsv());
  await expect(coord.getByTestId("summary-unchanged")).toHaveText("200 unchanged");
  await expect(coord.getByRole("button", { name: "Nothing to import" })).toBeDisabled();

  // An edited file updates only the four rows that changed; undo puts them back.
  await coord.getByRole("button", { name: "Back" }).click();
  await checkCsv(coord, "harbour-shots-v2.csv", shotsCsv(true));
  await expect(coord.getByTestId("summary-update")).toHaveText("4 changed");
  await expect(coord.getByTestId("summary-unchanged")).toHaveText("196 unchanged");
  await coord.getByRole("button", { name: "Import 4 changes" }).click();
  await expect(coord.getByTestId("import-done")).toContainText("4 changed", { timeout: 60_000 });
  const history = coord.getByTestId("imports-history");
  await history.getByRole("button", { name: "Undo" }).click();
  await coord.getByRole("dialog").getByRole("button", { name: "Undo import" }).click();
  await expect(history.getByText("Undone")).toBeVisible();
  await coord.getByRole("button", { name: "Import another file" }).click();
  await checkCsv(coord, "harbour-shots-v2.csv", shotsCsv(true));
  await expect(coord.getByTestId("summary-update")).toHaveText("4 changed");

  // 3. The template gave every shot its tasks: all 200 wait to start in Compositing.
  await coord.goto(`${projectUrl}/grid`);
  await coord.getByRole("combobox", { name: "Status", exact: true }).click();
  await coord.getByRole("option", { name: "Waiting to start" }).click();
  await coord.getByRole("combobox", { name: "In step" }).click();
  await coord.getByRole("option", { name: "in Compositing" }).click();
  await expect(coord.getByTestId("grid-count")).toHaveText(/ of 200 shots loaded$/, { timeout: 30_000 });

  // 4. The OPN sequence's Compositing tasks go to the Compositor 1 role, in one bulk edit.
  await coord.goto(`${projectUrl}/grid`);
  await coord.getByRole("combobox", { name: "Sequence" }).click();
  await coord.getByRole("option", { name: "OPN", exact: true }).click();
  await expect(coord.getByTestId("grid-count")).toHaveText("50 of 50 shots loaded", { timeout: 30_000 });
  await coord.locator(".ag-header-select-all input").check();
  const bulk = coord.getByTestId("bulk-bar");
  await expect(bulk).toContainText("50 selected");
  await bulk.getByRole("combobox", { name: "Step to change" }).click();
  await coord.getByRole("option", { name: "Compositing" }).click();
  await bulk.getByRole("combobox", { name: "Assign to" }).click();
  await coord.getByRole("option", { name: /Compositor 1/ }).click();
  await bulk.getByRole("button", { name: "Assign" }).click();
  await expect(coord.getByText(/Assigned to .*Compositor 1 on 50 Compositing tasks/)).toBeVisible();

  // A second browser keeps the grid open on OPN_0010, wide enough to show every step.
  const watcher = await signInAgain(browser, coordinatorUser, 2400);
  await watcher.goto(`${projectUrl}/grid?q=OPN_0010`);
  await expect(watcher.getByTestId("grid-count")).toHaveText("1 of 1 shots loaded", { timeout: 30_000 });
  await expect(watcher.getByRole("button", { name: /^Status of OPN_0010( Matchmove)?: Waiting to start$/ }).first()).toBeVisible();
  // A marker on the window survives live updates but not a reload.
  await watcher.evaluate(() => Object.assign(window, { __sameDocument: true }));

  // 5. The artist drags OPN_0010 Compositing to "in progress" in My tasks, opens it, uploads a frame.
  const art = artist.page;
  await art.goto(`/o/${orgId}/my-tasks`);
  const card = art.locator('[data-column="not_started"] [data-task="OPN_0010 Compositing"]');
  await expect(card).toBeVisible({ timeout: 30_000 });
  await card.dragTo(art.locator('[data-column="in_progress"]'), { steps: 12 });
  const started = art.locator('[data-column="in_progress"] [data-task="OPN_0010 Compositing"]');
  await expect(started).toBeVisible();
  // Only the Compositing task is in progress, so its pill is the one with that status.
  await expect(watcher.getByRole("button", { name: /^Status of OPN_0010( Compositing)?: In progress$/ })).toBeVisible();
  await started.getByRole("button", { name: "Open OPN_0010 Compositing" }).click();
  const drawer = art.getByTestId("task-drawer");
  await expect(drawer.getByTestId("task-title")).toHaveText("OPN_0010 · Compositing");
  await drawer
    .getByTestId("version-file-input")
    .setInputFiles({ name: "OPN_0010_comp_v001.png", mimeType: "image/png", buffer: await renderFrame("OPN_0010 comp v001") });
  await drawer.getByRole("button", { name: "Upload v001" }).click();
  const thumb = drawer.getByTestId("version-card").filter({ hasText: "v001" }).getByTestId("version-thumbnail");
  await expect.poll(() => thumb.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  await art.getByRole("button", { name: "Close task" }).click();

  // 6. The supervisor builds the dailies playlist, plays it and asks for a retake, mentioning the artist.
  const sup = supervisor.page;
  await sup.goto(`${projectUrl}/dailies`);
  await sup.getByRole("button", { name: "New playlist" }).first().click();
  await sup.getByRole("dialog", { name: "New playlist" }).getByRole("button", { name: "Create playlist" }).click();
  await sup.getByRole("button", { name: "Add versions" }).first().click();
  await sup.getByRole("checkbox", { name: "Add OPN_0010 · Compositing · v001" }).check();
  await sup.getByRole("dialog", { name: "Add versions to the playlist" }).getByRole("button", { name: "Add 1 version" }).click();
  await sup.getByRole("button", { name: "Play", exact: true }).click();
  await expect(sup.getByTestId("version-details")).toContainText("OPN_0010 v001");
  const note = sup.getByRole("textbox", { name: "Review note" });
  await note.fill("Edges are crunchy around the lamp posts, soften the matte please ");
  await note.pressSequentially(`@${artist.user.name.split(" ")[0]}`);
  await sup.getByRole("option", { name: new RegExp(artist.user.name) }).click();
  await sup.getByRole("button", { name: "Retake" }).click();
  await expect(sup.getByTestId("version-details").getByTestId("review-status")).toHaveText("Retake");

  // 7. The artist finds the note in the inbox; it opens on the version.
  await expect(art.getByTestId("inbox-bell")).toHaveAccessibleName(/Inbox, [1-9]\d* unread/);
  await art.getByRole("link", { name: "Inbox" }).click();
  const mention = art.getByTestId("notification").filter({ hasText: "mentioned you on OPN_0010 · Compositing v001" });
  await expect(mention).toContainText("soften the matte");
  await mention.getByRole("button", { name: /^Open:/ }).click();
  await expect(art.getByTestId("version-viewer").getByTestId("comment-body")).toContainText("soften the matte");

  // 8. The grid left open in the second browser shows the retake, without a reload.
  await expect(watcher.getByRole("button", { name: /^Status of OPN_0010( Compositing)?: Retake$/ })).toBeVisible();
  expect(await watcher.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});
