import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strongPassword } from "./factories";
import { createTestApp, type TestApp, testOrigin } from "./test-app";

/**
 * The "done when", over a real socket with fetch (the other route tests use
 * app.inject): sign up, sign in, create and list an organization, and another user gets 404
 * for it and for its people.
 */
let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(() => t.close());

async function call(method: string, path: string, cookie?: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { origin: testOrigin, ...(cookie ? { cookie } : {}), ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const sessionCookie = (headers: Headers) =>
  headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

describe("over HTTP", () => {
  it("signs up, signs in, creates and lists an organization that others cannot see", async () => {
    const signUp = await call("POST", "/api/auth/sign-up/email", undefined, { name: "Hana Producer", email: "hana@example.com", password: strongPassword });
    expect(signUp.status).toBe(200);
    const signIn = await call("POST", "/api/auth/sign-in/email", undefined, { email: "hana@example.com", password: strongPassword });
    expect(signIn.status).toBe(200);
    const hana = sessionCookie(signIn.headers);

    const created = await call("POST", "/api/v1/organizations", hana, { name: "Hana Films" });
    expect(created.status).toBe(201);
    const orgId = created.body.id as string;
    const listed = await call("GET", "/api/v1/organizations", hana);
    expect(listed.body.items.map((o: { id: string }) => o.id)).toContain(orgId);
    const person = await call("POST", `/api/v1/organizations/${orgId}/people`, hana, { displayName: "Kenji Gaffer" });
    expect(person.status).toBe(201);

    const other = await call("POST", "/api/auth/sign-up/email", undefined, { name: "Ivan Other", email: "ivan@example.com", password: strongPassword });
    const ivan = sessionCookie(other.headers);
    for (const path of [`/api/v1/organizations/${orgId}`, `/api/v1/organizations/${orgId}/people`, `/api/v1/organizations/${orgId}/people/${person.body.id}`]) {
      const res = await call("GET", path, ivan);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.body.code).toBe("not_found");
    }
    expect((await call("GET", "/api/v1/organizations", ivan)).body.items).toEqual([]);
  });
});
