import { expect } from "@playwright/test";
import { call, seedShotTask, seedVersion, test } from "../support/studio";

test("a dailies playlist is reordered from the keyboard, trimmed, played with the arrow keys and archived; versions have saved views", async ({
  studio: s,
}) => {
  const sup = s.supervisor.page;
  const ids: string[] = [];
  const [sh010, sh020, sh030] = ["010", "020", "030"].map((n) => `${s.prefix}_${n}`) as [string, string, string];
  for (const code of [sh010, sh020, sh030]) {
    const taskId = code === s.shot ? s.taskId : await seedShotTask(sup, s.orgId, s.project.id, code);
    ids.push((await seedVersion(s.artist.page, s.orgId, taskId, `${code} comp v001`)).id);
  }
  await call(sup, "POST", `/api/v1/organizations/${s.orgId}/projects/${s.project.id}/playlists`, { name: "Dailies Tuesday", versionIds: ids });

  await sup.goto(`/o/${s.orgId}/tracking/projects/${s.project.id}/dailies`);
  const items = sup.getByTestId("playlist-item");
  await expect(items).toHaveCount(3);
  await expect(items.first()).toHaveAttribute("data-version", `${sh010} · Compositing · v001`);

  // Keyboard drag: SH030 moves to the top; the order is saved.
  await sup.getByRole("button", { name: `Move ${sh030} · Compositing · v001`, exact: true }).focus();
  // dnd-kit moves one slot per key once the previous move has settled (its rows animate).
  for (const key of ["Space", "ArrowUp", "ArrowUp", "Space"]) {
    await sup.keyboard.press(key);
    await sup.waitForTimeout(250);
  }
  const order = [`${sh030} · Compositing · v001`, `${sh010} · Compositing · v001`, `${sh020} · Compositing · v001`];
  await expect.poll(() => items.evaluateAll((els) => els.map((e) => e.getAttribute("data-version")))).toEqual(order);
  await sup.reload();
  await expect.poll(() => items.evaluateAll((els) => els.map((e) => e.getAttribute("data-version")))).toEqual(order);

  await sup.getByRole("button", { name: `Remove ${sh020} · Compositing · v001`, exact: true }).click();
  await expect(items).toHaveCount(2);
  await expect(sup.getByText("Review", { exact: false }).filter({ hasText: "2 versions" })).toBeVisible();

  // The review room steps through with the arrow keys.
  await sup.getByRole("button", { name: "Play", exact: true }).click();
  await expect(sup.getByTestId("review-position")).toHaveText("1 of 2");
  await expect(sup.getByTestId("version-details")).toContainText(`${sh030} v001`);
  await sup.keyboard.press("ArrowRight");
  await expect(sup.getByTestId("review-position")).toHaveText("2 of 2");
  await expect(sup.getByTestId("version-details")).toContainText(`${sh010} v001`);
  await sup.getByRole("button", { name: "Approve" }).click();
  await expect(sup.getByTestId("version-details").getByTestId("review-status")).toHaveText("Approved");

  // All versions, filtered, saved as a shared view and applied again.
  await sup.getByRole("link", { name: "Dailies" }).click();
  await sup.getByText("All versions").click();
  await expect(sup.getByTestId("version-tile")).toHaveCount(3);
  const statusFilter = sup.getByRole("radiogroup", { name: "Review status" });
  await statusFilter.getByText("Pending review", { exact: true }).click();
  await expect(sup.getByTestId("version-tile")).toHaveCount(2);
  await sup.getByTestId("saved-views-button").click();
  await sup.getByRole("menuitem", { name: "Save current view…" }).click();
  const save = sup.getByRole("dialog", { name: "Save view" });
  await save.getByRole("textbox", { name: "Name" }).fill("Waiting for review");
  await save.getByRole("switch", { name: "Share with everyone in the studio" }).check();
  await save.getByRole("button", { name: "Save view" }).click();
  await expect(sup.getByTestId("saved-views-button")).toHaveText("Waiting for review");
  await statusFilter.getByText("All", { exact: true }).click();
  await expect(sup.getByTestId("version-tile")).toHaveCount(3);
  await expect(sup.getByTestId("saved-views-button")).toHaveText("Views");
  await sup.getByTestId("saved-views-button").click();
  await sup.getByRole("menuitem", { name: "Waiting for review" }).click();
  await expect(sup.getByTestId("version-tile")).toHaveCount(2);
  expect(new URL(sup.url()).searchParams.get("vstatus")).toBe("pending_review");

  // The artist sees the shared view too.
  await s.artist.page.goto(`/o/${s.orgId}/tracking/projects/${s.project.id}/dailies?view=versions`);
  await s.artist.page.getByTestId("saved-views-button").click();
  await expect(s.artist.page.getByRole("menuitem", { name: "Waiting for review" })).toBeVisible();

  // Archiving takes the playlist off the list; the archived list has it.
  await sup.getByText("Playlists", { exact: true }).click();
  await sup.getByRole("button", { name: "Playlist actions" }).click();
  await sup.getByRole("menuitem", { name: "Archive" }).click();
  await expect(sup.getByText("No playlists yet")).toBeVisible();
});
