import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, expectProblem, signUp, strongPassword } from "../../../test/factories";
import { createTestApp, type TestApp, testOrigin } from "../../../test/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, extra: { ip?: string; cookie?: string } = {}) =>
  t.app.inject({
    method: "POST",
    url,
    payload: payload as object,
    remoteAddress: extra.ip ?? "10.9.9.9",
    headers: { origin: testOrigin, ...(extra.cookie ? { cookie: extra.cookie } : {}) },
  });

describe("auth", () => {
  it("signs up with an httpOnly session cookie, signs in and out", async () => {
    const user = await signUp(t.app, { email: "flow@example.com" });
    const signUpCookie = user.cookie;
    expect(signUpCookie).toContain("backlot.session_token=");
    const signIn = await post("/api/auth/sign-in/email", { email: "flow@example.com", password: strongPassword }, { ip: "10.1.0.1" });
    expect(signIn.statusCode).toBe(200);
    const setCookie = String([signIn.headers["set-cookie"]].flat()[0]);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0] as string;
    expect((await as(t.app, { ...user, cookie })({ method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    expect((await post("/api/auth/sign-out", {}, { cookie })).statusCode).toBe(200);
    expectProblem(await as(t.app, { ...user, cookie })({ method: "GET", url: "/api/v1/me" }), 401, "unauthenticated");
  });

  it("refuses weak passwords with a clear message naming the field", async () => {
    for (const password of ["short", "password123", "backlotbacklot"]) {
      const res = await post("/api/auth/sign-up/email", { name: "W", email: `weak-${password}@example.com`, password }, { ip: "10.1.0.2" });
      expectProblem(res, 400, "weak_password");
      expect(res.json().errors[0].path).toBe("body.password");
      expect(res.json().detail.length).toBeGreaterThan(10);
    }
  });

  it("refuses a duplicate email and a wrong password", async () => {
    await signUp(t.app, { email: "dup@example.com" });
    const dup = await post("/api/auth/sign-up/email", { name: "D", email: "dup@example.com", password: strongPassword }, { ip: "10.1.0.3" });
    expect([409, 422]).toContain(dup.statusCode);
    const wrong = await post("/api/auth/sign-in/email", { email: "dup@example.com", password: "not-the-password-at-all" }, { ip: "10.1.0.3" });
    expectProblem(wrong, 401, "unauthenticated");
  });

  it("rate-limits sign-in attempts per client address", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 14; i++) {
      const res = await post("/api/auth/sign-in/email", { email: "nobody@example.com", password: "guessing-wrong-again" }, { ip: "10.66.6.6" });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
    // Another address is not affected.
    expect((await post("/api/auth/sign-in/email", { email: "nobody@example.com", password: "guessing-wrong-again" }, { ip: "10.66.6.7" })).statusCode).toBe(
      401,
    );
  });

  it("resets a password through the emailed link", async () => {
    await signUp(t.app, { email: "forgot@example.com" });
    const ask = await post("/api/auth/request-password-reset", { email: "forgot@example.com", redirectTo: "/reset-password" }, { ip: "10.1.0.4" });
    expect(ask.statusCode).toBe(200);
    const mail = t.mail.find((m) => m.to === "forgot@example.com");
    const link = mail?.text.match(/https?:\/\/\S+/)?.[0] as string;
    expect(link).toContain("/api/auth/reset-password/");
    const token = new URL(link).pathname.split("/").pop();
    const weak = await post("/api/auth/reset-password", { newPassword: "abc", token }, { ip: "10.1.0.4" });
    expectProblem(weak, 400, "weak_password");
    const reset = await post("/api/auth/reset-password", { newPassword: "a-brand-new-long-secret-77", token }, { ip: "10.1.0.4" });
    expect(reset.statusCode).toBe(200);
    const signIn = await post("/api/auth/sign-in/email", { email: "forgot@example.com", password: "a-brand-new-long-secret-77" }, { ip: "10.1.0.4" });
    expect(signIn.statusCode).toBe(200);
    expect((await post("/api/auth/sign-in/email", { email: "forgot@example.com", password: strongPassword }, { ip: "10.1.0.4" })).statusCode).toBe(401);
  });
});
