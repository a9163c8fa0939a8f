import { expect, test } from "@playwright/test";
import { newUser } from "../support/users";

test("invite a colleague who signs up, and they see a new person appear live", async ({ browser }) => {
  const a = newUser("Alice");
  const b = newUser("Bruno");
  const orgName = `Northlight ${Date.now().toString(36)}`;

  // A signs up and creates the organization.
  const ctxA = await browser.newContext();
  const pageA = await ctxA.newPage();
  await pageA.goto("/sign-up");
  await pageA.getByLabel("Your name").fill(a.name);
  await pageA.getByLabel("Work email").fill(a.email);
  await pageA.getByLabel("Password", { exact: true }).fill(a.password);
  await pageA.getByRole("button", { name: "Create account" }).click();

  await expect(pageA.getByRole("heading", { name: "Create your organization" })).toBeVisible();
  await pageA.getByLabel("Organization name").fill(orgName);
  await pageA.getByRole("button", { name: "Create organization" }).click();
  await expect(pageA).toHaveURL(/\/o\/[0-9a-f-]+\/people$/);
  const orgId = pageA.url().match(/\/o\/([0-9a-f-]+)\//)?.[1];
  expect(orgId).toBeTruthy();

  // A invites B and takes the link from the UI.
  await pageA.getByRole("link", { name: "Settings" }).click();
  await pageA.getByRole("tab", { name: "Invitations" }).click();
  const inviteForm = pageA.getByRole("form", { name: "Invite member" });
  await inviteForm.getByLabel("Email").fill(b.email);
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  const acceptUrl = await pageA.getByLabel("Invitation link").inputValue();
  expect(acceptUrl).toContain("/invitations/accept?token=");
  await expect(pageA.getByTestId("invitation-row").filter({ hasText: b.email })).toBeVisible();

  // B opens the link in another browser, signs up, and accepts.
  const ctxB = await browser.newContext();
  const pageB = await ctxB.newPage();
  // Path and token from the link; the host is the one under test (it differs behind a dev proxy).
  const link = new URL(acceptUrl);
  await pageB.goto(link.pathname + link.search);
  await expect(pageB.getByRole("heading", { name: `Join ${orgName}` })).toBeVisible();
  await pageB.getByRole("link", { name: "Create an account to accept" }).click();
  await expect(pageB.getByLabel("Work email")).toHaveValue(b.email);
  await pageB.getByLabel("Your name").fill(b.name);
  await pageB.getByLabel("Password", { exact: true }).fill(b.password);
  await pageB.getByRole("button", { name: "Create account" }).click();
  await pageB.getByRole("button", { name: "Accept invitation" }).click();

  await expect(pageB).toHaveURL(new RegExp(`/o/${orgId}/people$`));
  await expect(pageB.getByRole("heading", { name: "People" })).toBeVisible();
  await expect(pageB.getByTestId("org-switcher")).toContainText(orgName);
  await expect(pageB.getByTestId("connection-status")).toHaveAttribute("data-status", "live");

  // A creates a person through the UI; B's open page shows it without a reload.
  await pageA.getByRole("link", { name: "People" }).click();
  await pageA.getByRole("button", { name: "New person" }).first().click();
  const dialog = pageA.getByRole("dialog", { name: "New person" });
  await dialog.getByLabel("Display name").fill("Zora Quint");
  await dialog.getByLabel("Email").fill("zora.quint@example.com");
  await dialog.getByRole("button", { name: "Create person" }).click();
  await expect(dialog).toBeHidden();

  let reloaded = false;
  pageB.on("framenavigated", (frame) => {
    if (frame === pageB.mainFrame()) reloaded = true;
  });
  await expect(pageB.getByRole("link", { name: "Zora Quint" })).toBeVisible();
  expect(reloaded).toBe(false);

  await ctxA.close();
  await ctxB.close();
});
