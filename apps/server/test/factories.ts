import { randomUUID } from "node:crypto";
import type { FastifyInstance, InjectOptions } from "fastify";
import { expect } from "vitest";
import { testOrigin } from "./test-app";

export type TestUser = { id: string; name: string; email: string; cookie: string; ip: string };

let counter = 0;
export const strongPassword = "correct-horse-battery-staple-42";

/** A distinct client address per user keeps Better Auth's per-IP sign-up limit out of the way. */
const nextIp = () => `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;

export async function signUp(app: FastifyInstance, overrides: { name?: string; email?: string } = {}): Promise<TestUser> {
  counter++;
  const email = overrides.email ?? `user${counter}-${randomUUID().slice(0, 8)}@example.com`;
  const name = overrides.name ?? `User ${counter}`;
  const ip = nextIp();
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: { origin: testOrigin },
    remoteAddress: ip,
    payload: { name, email, password: strongPassword },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = [res.headers["set-cookie"]]
    .flat()
    .map((c) => String(c).split(";")[0])
    .join("; ");
  return { id: res.json().user.id, name, email, cookie, ip };
}

type Call = { method: InjectOptions["method"]; url: string; body?: unknown; headers?: Record<string, string> };

/** A request as the user's browser would send it: session cookie and our Origin. */
export function as(app: FastifyInstance, user: TestUser | null) {
  return (call: Call) =>
    app.inject({
      method: call.method,
      url: call.url,
      payload: call.body as InjectOptions["payload"],
      remoteAddress: user?.ip,
      headers: { origin: testOrigin, ...(user ? { cookie: user.cookie } : {}), ...call.headers },
    });
}

export async function createOrganization(app: FastifyInstance, user: TestUser, name = "Test Studio") {
  const res = await as(app, user)({ method: "POST", url: "/api/v1/organizations", body: { name } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; name: string; version: number };
}

export async function createPerson(app: FastifyInstance, user: TestUser, orgId: string, body: Record<string, unknown> = {}) {
  const res = await as(app, user)({ method: "POST", url: `/api/v1/organizations/${orgId}/people`, body: { displayName: "Test Person", ...body } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; displayName: string };
}

/** Invites `user` into the organization with `role` and accepts as them. */
export async function addMember(app: FastifyInstance, admin: TestUser, orgId: string, user: TestUser, role: string) {
  const invite = await as(app, admin)({ method: "POST", url: `/api/v1/organizations/${orgId}/invitations`, body: { email: user.email, role } });
  expect(invite.statusCode, invite.body).toBe(201);
  const token = new URL(invite.json().acceptUrl).searchParams.get("token");
  const accept = await as(app, user)({ method: "POST", url: "/api/v1/invitations/accept", body: { token } });
  expect(accept.statusCode, accept.body).toBe(200);
}

export function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers["content-type"])).toContain("application/problem+json");
  expect((res.json() as { code: string }).code).toBe(code);
}
