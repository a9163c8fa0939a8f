import { expect, type Locator } from "@playwright/test";
import { renderFrame, test } from "../support/studio";

/** Waits until an <img> has really loaded pixels (not just that the element exists). */
async function expectLoadedImage(img: Locator) {
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
}

test("an artist uploads a version and sees its thumbnail; the supervisor's retake note reaches the artist's inbox live", async ({ studio: s }) => {
  const art = s.artist.page;
  const sup = s.supervisor.page;

  // The assignment is in the artist's inbox; opening it opens the task over the inbox.
  await art.goto(`/o/${s.orgId}/inbox`);
  await expect(art.getByTestId("connection-status")).toHaveAttribute("data-status", "live");
  const assigned = art.getByTestId("notification").filter({ hasText: `You were assigned to ${s.shot} · Compositing` });
  await expect(assigned).toBeVisible();
  await assigned.getByRole("button", { name: /^Open:/ }).click();
  const drawer = art.getByTestId("task-drawer");
  await expect(drawer.getByTestId("task-title")).toHaveText(`${s.shot} · Compositing`);
  await expect(drawer.getByText("No versions yet")).toBeVisible();
  await expect(art.getByTestId("inbox-bell")).toHaveAccessibleName("Inbox, nothing unread");

  // A file that only claims to be a PNG is refused by the server, and the reason is shown.
  await drawer.getByTestId("version-file-input").setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("not an image, just notes") });
  await drawer.getByRole("button", { name: "Upload v001" }).click();
  await expect(drawer.getByTestId("upload-error")).toContainText("Only images, video, audio and PDF");

  // A real frame uploads with progress and comes back with its thumbnail.
  await drawer
    .getByTestId("version-file-input")
    .setInputFiles({ name: `${s.shot}_comp_v001.png`, mimeType: "image/png", buffer: await renderFrame(`${s.shot} comp v001`) });
  await drawer.getByLabel("What changed").fill("First comp pass: sky replaced, lights graded warmer.");
  await drawer.getByRole("button", { name: "Upload v001" }).click();
  const card = drawer.getByTestId("version-card").filter({ hasText: "v001" });
  await expect(card).toContainText("Pending review");
  await expectLoadedImage(card.getByTestId("version-thumbnail"));
  await expect(drawer.getByText("Upload v002")).toBeVisible();
  await art.getByRole("button", { name: "Close task" }).click();
  await expect(drawer).toBeHidden();

  // The supervisor builds tonight's dailies and plays them.
  await sup.goto(`/o/${s.orgId}/tracking/projects/${s.project.id}/dailies`);
  await expect(sup.getByText("No playlists yet")).toBeVisible();
  await sup.getByRole("button", { name: "New playlist" }).first().click();
  await sup.getByRole("dialog", { name: "New playlist" }).getByLabel("Name").fill("Dailies — Harbour");
  await sup.getByRole("dialog", { name: "New playlist" }).getByRole("button", { name: "Create playlist" }).click();
  await expect(sup.getByTestId("playlist-name")).toHaveText("Dailies — Harbour");
  await sup.getByRole("button", { name: "Add versions" }).first().click();
  const picker = sup.getByRole("dialog", { name: "Add versions to the playlist" });
  await picker.getByRole("checkbox", { name: `Add ${s.shot} · Compositing · v001` }).check();
  await picker.getByRole("button", { name: "Add 1 version" }).click();
  await expect(sup.getByTestId("playlist-item")).toHaveCount(1);
  await sup.getByRole("button", { name: "Play", exact: true }).click();
  await expect(sup.getByTestId("dailies-review")).toBeVisible();
  await expectLoadedImage(sup.getByTestId("version-media").locator("img"));

  // Retake, with a note that @mentions the artist (picked from the list as they type).
  const note = sup.getByRole("textbox", { name: "Review note" });
  await note.fill("Lovely sky. Pull the sun down 10% and soften its edge, ");
  await note.pressSequentially(`@${s.artist.user.name.split(" ")[0]}`);
  await sup.getByRole("option", { name: new RegExp(s.artist.user.name) }).click();
  await sup.getByRole("button", { name: "Retake" }).click();
  await expect(sup.getByTestId("version-details").getByTestId("review-status")).toHaveText("Retake");
  const posted = sup.getByTestId("comment").filter({ hasText: "Pull the sun down" });
  await expect(posted.locator(".mention")).toHaveText(`@${s.artist.user.name}`);

  // The artist's bell counts it without a reload; the note opens on the version, the task is in retake.
  // A marker on the window survives in-app navigation but not a reload.
  await art.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await expect(art.getByTestId("inbox-bell")).toHaveAccessibleName("Inbox, 1 unread");
  await art.getByTestId("inbox-bell").click();
  const mention = art
    .getByTestId("inbox-popover")
    .getByTestId("notification")
    .filter({ hasText: `mentioned you on ${s.shot} · Compositing v001` });
  await expect(mention).toContainText("Pull the sun down 10%");
  await mention.getByRole("button", { name: /^Open:/ }).click();
  const viewer = art.getByTestId("version-viewer");
  await expect(viewer.getByTestId("review-status")).toHaveText("Retake");
  await expect(viewer.getByTestId("comment-body")).toContainText("Pull the sun down 10%");
  await art.keyboard.press("Escape");
  await expect(art.getByTestId("task-properties").getByLabel("Status", { exact: true })).toHaveValue("Retake");
  await expect(art.getByTestId("inbox-bell")).toHaveAccessibleName("Inbox, nothing unread");
  expect(await art.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
});

test("comments on a task: Markdown, an @mention from the list, an attachment; the mentioned supervisor finds it in the inbox", async ({ studio: s }) => {
  const art = s.artist.page;
  const sup = s.supervisor.page;

  await art.goto(`/o/${s.orgId}/my-tasks`);
  await art.getByRole("button", { name: `Open ${s.shot} Compositing`, exact: true }).click();
  const drawer = art.getByTestId("task-drawer");
  await drawer.getByRole("tab", { name: "Comments" }).click();
  await expect(drawer.getByText("No comments yet")).toBeVisible();

  const box = drawer.getByRole("textbox", { name: "Comment" });
  await box.fill("Plate has **heavy grain** in the sky — should I degrain first? ");
  await box.pressSequentially(`@${s.supervisor.user.name.split(" ")[0]}`);
  await art.getByRole("option", { name: new RegExp(s.supervisor.user.name) }).click();
  await drawer
    .getByTestId("comment-composer")
    .locator('input[type="file"]')
    .setInputFiles({
      name: "grain-crop.png",
      mimeType: "image/png",
      buffer: await renderFrame("grain crop", 640, 360),
    });
  await expect(drawer.getByTestId("attachment-chips")).toContainText("grain-crop.png");
  await drawer.getByRole("button", { name: "Comment", exact: true }).click();

  const comment = drawer.getByTestId("comment").first();
  await expect(comment.locator("strong")).toHaveText("heavy grain");
  await expect(comment.locator(".mention")).toHaveText(`@${s.supervisor.user.name}`);
  await expectLoadedImage(comment.getByTestId("comment-attachments").getByRole("img", { name: "grain-crop.png" }));
  await expect(box).toHaveValue("");

  await sup.goto(`/o/${s.orgId}/inbox`);
  const item = sup.getByTestId("notification").filter({ hasText: `${s.artist.user.name} mentioned you on ${s.shot} · Compositing` });
  await expect(item).toContainText("heavy grain");
  await item.getByRole("button", { name: /^Open:/ }).click();
  await sup.getByTestId("task-drawer").getByRole("tab", { name: "Comments" }).click();
  await expect(sup.getByTestId("task-drawer").getByTestId("comment-body")).toContainText("should I degrain first?");

  // A reply threads under it and reaches the artist's open drawer live.
  await sup.getByTestId("task-drawer").getByRole("button", { name: "Reply" }).click();
  await sup.getByTestId("task-drawer").getByRole("textbox", { name: "Reply" }).fill("Yes, degrain, then regrain at the end.");
  await sup.getByTestId("task-drawer").getByRole("button", { name: "Send reply" }).click();
  await expect(drawer.getByTestId("comment")).toHaveCount(2);
  await expect(drawer.getByTestId("comment").nth(1)).toContainText("degrain, then regrain");
});
