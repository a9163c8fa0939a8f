import { type APIRequestContext, type Page, expect } from "@playwright/test";
import { retryRateLimited } from "./rate-limit";

let counter = 0;

/** A user no other test (or earlier run) has used. */
export function newUser(label: string) {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `${label} Tester`,
    email: `${label.toLowerCase()}-${id}@example.com`,
    // Four unrelated words: comfortably past the server's strength check.
    password: "Lantern-quarry-velvet-otter-42",
  };
}

export type TestUser = ReturnType<typeof newUser>;

/** Writes with cookies must carry the page's Origin, as a browser's fetch does. */
function originOf(page: Page): string {
  return new URL(page.url() === "about:blank" ? "http://localhost" : page.url()).origin;
}

async function post(request: APIRequestContext, origin: string, url: string, data: unknown) {
  const res = await retryRateLimited(() => request.post(url, { data, headers: { Origin: origin } }));
  expect(res.ok(), `${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return res.json();
}

/**
 * Signs a user up through the API (sharing the page's cookies) and creates an organization,
 * for tests whose subject is not sign-up itself. Returns the organization id.
 */
export async function seedUserWithOrganization(page: Page, user: TestUser, orgName: string): Promise<string> {
  await page.goto("/sign-in");
  const origin = originOf(page);
  await post(page.request, origin, "/api/auth/sign-up/email", user);
  const org = await post(page.request, origin, "/api/v1/organizations", {
    name: orgName,
    timeZone: "Europe/London",
    currency: "GBP",
    weekStart: "monday",
  });
  return org.id as string;
}

/** Creates a person through the API with the page's session. */
export async function seedPerson(page: Page, orgId: string, person: Record<string, unknown>) {
  return post(page.request, originOf(page), `/api/v1/organizations/${orgId}/people`, person);
}
