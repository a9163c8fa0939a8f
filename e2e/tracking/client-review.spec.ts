import { expect } from "@playwright/test";
import { call, seedVersion, test } from "../support/studio";

test("share dailies with a client: a password link shows only that playlist, the client's notes reach the studio live, and revoking ends it", async ({
  browser,
  studio: s,
}) => {
  const sup = s.supervisor.page;
  const version = await seedVersion(s.artist.page, s.orgId, s.taskId, `${s.shot} comp v001`);
  await call(sup, "POST", `/api/v1/organizations/${s.orgId}/projects/${s.project.id}/playlists`, { name: "Client review — week 47", versionIds: [version.id] });
  // Another playlist the link must not show.
  await call(sup, "POST", `/api/v1/organizations/${s.orgId}/projects/${s.project.id}/playlists`, { name: "Internal only", versionIds: [] });

  await sup.goto(`/o/${s.orgId}/tracking/projects/${s.project.id}/dailies`);
  await sup.getByTestId("playlist-list").getByText("Client review — week 47").click();
  await expect(sup.getByTestId("playlist-name")).toHaveText("Client review — week 47");
  await sup.getByRole("button", { name: "Share with client" }).click();
  const share = sup.getByRole("dialog", { name: /Share “Client review — week 47”/ });
  await expect(share.getByText("No links yet.")).toBeVisible();
  await share.getByRole("textbox", { name: "Password (optional)" }).fill("abc");
  await share.getByRole("button", { name: "Create link" }).click();
  // The server refuses a short password and names the field.
  await expect(share.getByRole("textbox", { name: "Password (optional)" })).toHaveAttribute("data-invalid", "true");
  await expect(share.getByText(/Too small.*6 characters/)).toBeVisible();
  await share.getByRole("textbox", { name: "Password (optional)" }).fill("tidewater-47");
  await share.getByRole("button", { name: "Create link" }).click();
  await expect(share.getByTestId("created-link")).toContainText("It is shown only once");
  const url = new URL(await share.getByTestId("review-link-url").inputValue());
  expect(url.pathname).toMatch(/^\/review\/blr_/);
  await expect(share.getByTestId("review-link-row")).toHaveCount(1);
  await expect(share.getByTestId("review-link-row")).toContainText("Active");
  await share.getByRole("button", { name: "Done" }).click();

  // The supervisor keeps the review room open while the client looks.
  await sup.getByRole("button", { name: "Play", exact: true }).click();
  await expect(sup.getByTestId("dailies-review")).toBeVisible();
  await expect(sup.getByText("No notes yet")).toBeVisible();

  const client = await (await browser.newContext()).newPage();
  await client.goto(url.pathname);
  await expect(client.getByText("This review is protected")).toBeVisible();
  await client.getByRole("textbox", { name: "Password" }).fill("wrong-password");
  await client.getByRole("button", { name: "Open the review" }).click();
  await expect(client.getByRole("alert")).toHaveText("The password is not right");
  await client.getByRole("textbox", { name: "Password" }).fill("tidewater-47");
  await client.getByRole("button", { name: "Open the review" }).click();
  await expect(client.getByTestId("public-playlist-name")).toHaveText("Client review — week 47");
  await expect(client.getByText("Internal only")).toHaveCount(0);
  const frame = client.getByTestId("version-media").locator("img");
  await expect.poll(() => frame.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1280);

  await client.getByRole("textbox", { name: "Your name" }).fill("Dana Whitlock");
  await client.getByRole("textbox", { name: "Your note" }).fill("The sun is too bright — bring it down a touch.");
  await client.getByRole("button", { name: "Request changes" }).click();
  await expect(client.getByRole("status")).toHaveText("Changes requested — the studio has your note.");
  await expect(client.getByTestId("public-notes")).toContainText("bring it down a touch");

  // The studio sees the client's note and decision without reloading.
  const clientNote = sup.getByTestId("comment").filter({ hasText: "bring it down a touch" });
  await expect(clientNote).toContainText("Dana Whitlock");
  await expect(clientNote).toContainText("Client");
  await expect(sup.getByTestId("version-details").getByTestId("review-status")).toHaveText("Retake");

  // Revoked: the link stops working at once.
  await sup.getByRole("button", { name: "Share with client" }).click();
  await sup.getByTestId("review-link-row").getByRole("button", { name: "Revoke" }).click();
  await expect(sup.getByTestId("review-link-row")).toContainText("Revoked");
  await client.reload();
  await expect(client.getByText("This review link doesn't work")).toBeVisible();
  await expect(client.getByText("This review link was revoked")).toBeVisible();
});
