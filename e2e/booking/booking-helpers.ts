import { expect, type Locator, type Page } from "@playwright/test";
import { retryRateLimited } from "../support/rate-limit";
import { newUser, seedUserWithOrganization } from "../support/users";

type Method = "GET" | "POST" | "PATCH" | "DELETE";

/** A JSON call with the page's session; writes carry the page's Origin, as the browser's fetch does. */
export async function api<T = Record<string, unknown>>(page: Page, method: Method, url: string, data?: unknown): Promise<T> {
  const origin = new URL(page.url() === "about:blank" ? "http://localhost" : page.url()).origin;
  const res = await retryRateLimited(() => page.request.fetch(url, { method, data, headers: { Origin: origin } }));
  expect(res.ok(), `${method} ${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (res.status() === 204 ? undefined : await res.json()) as T;
}

/** A day as "YYYY-MM-DD", `days` after the Monday of the current week (UTC). */
export function day(days: number): string {
  const now = new Date();
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ((now.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday + days * 86_400_000).toISOString().slice(0, 10);
}

export type BookingStudio = { orgId: string; org: string; page: Page };

/** An admin with a fresh organization (Europe/London, GBP, weeks from Monday). */
export async function bookingStudio(page: Page, label: string): Promise<BookingStudio> {
  const orgId = await seedUserWithOrganization(page, newUser(label), `${label} Studio ${Date.now().toString(36)}`);
  return { orgId, org: `/api/v1/organizations/${orgId}`, page };
}

/** A person with a booking profile: skills with levels, a day rate and a working week. */
export async function seedArtist(
  s: BookingStudio,
  displayName: string,
  profile: { department?: string; skills?: { name: string; level: number }[]; dayRate?: number; workDays?: number[]; hoursPerDay?: number } = {},
) {
  const { department = "Compositing", ...rest } = profile;
  const person = await api<{ id: string }>(s.page, "POST", `${s.org}/people`, { displayName, department });
  await api(s.page, "PATCH", `${s.org}/people/${person.id}/profile`, { version: 0, currency: "GBP", ...rest });
  return person.id;
}

export async function seedProject(s: BookingStudio, name: string, code: string) {
  return api<{ id: string; name: string }>(s.page, "POST", `${s.org}/projects`, {
    name,
    code: `${code}${Date.now().toString(36).slice(-4).toUpperCase()}`,
    kind: "vfx",
  });
}

/** Types a date into a date field and leaves it, as a person would: the picker closes and the value is parsed. */
export async function fillDay(field: Locator, value: string) {
  await field.fill(value);
  await field.blur();
}
