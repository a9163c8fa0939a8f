import { expect, test } from "@playwright/test";
import { newUser, seedUserWithOrganization } from "../support/users";

test("signing in with a wrong password shows an error and stays on sign-in", async ({ page, context }) => {
  const user = newUser("Wrongpw");
  await seedUserWithOrganization(page, user, "Wrong Password Studio");
  await context.clearCookies();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill("Not-the-right-password-9");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("alert")).toContainText(/don't match|invalid email or password/i);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signing in with the right password opens the organization", async ({ page, context }) => {
  const user = newUser("Rightpw");
  await seedUserWithOrganization(page, user, "Right Password Studio");
  await context.clearCookies();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/o\/[0-9a-f-]+\/people/);
  await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
  await expect(page.getByTestId("org-switcher")).toContainText("Right Password Studio");
});

test("a weak password on sign-up shows the server's clear message", async ({ page }) => {
  const user = newUser("Weakpw");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("Work email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill("password1234");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByText(/too easy to guess/i)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
});
