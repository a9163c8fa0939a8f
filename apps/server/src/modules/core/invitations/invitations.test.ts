import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { createTestApp, type TestApp } from "../../../../test/test-app";

let t: TestApp;
let admin: TestUser;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t.app, { name: "Inviter" });
  orgId = (await createOrganization(t.app, admin, "Invite Co")).id;
});
afterAll(() => t.close());

const invite = (user: TestUser, email: string, role = "member") =>
  as(t.app, user)({ method: "POST", url: `/api/v1/organizations/${orgId}/invitations`, body: { email, role } });
const tokenOf = (acceptUrl: string) => new URL(acceptUrl).searchParams.get("token") as string;

describe("invitations", () => {
  it("invites by email (mail sent with the link), previews and accepts", async () => {
    const newcomer = await signUp(t.app, { email: "newcomer@example.com" });
    const res = await invite(admin, "NewComer@Example.com", "manager");
    expect(res.statusCode).toBe(201);
    const inv = res.json();
    expect(inv).toMatchObject({ email: "newcomer@example.com", role: "manager", status: "pending" });
    expect(t.mail.at(-1)?.text).toContain(inv.acceptUrl);
    const preview = await as(t.app, null)({ method: "GET", url: `/api/v1/invitations/preview?token=${tokenOf(inv.acceptUrl)}` });
    expect(preview.json()).toMatchObject({ organizationName: "Invite Co", role: "manager", status: "pending" });
    const accept = await as(t.app, newcomer)({ method: "POST", url: "/api/v1/invitations/accept", body: { token: tokenOf(inv.acceptUrl) } });
    expect(accept.json()).toEqual({ organizationId: orgId });
    const org = await as(t.app, newcomer)({ method: "GET", url: `/api/v1/organizations/${orgId}` });
    expect(org.json().myRole).toBe("manager");
    expectProblem(
      await as(t.app, newcomer)({ method: "POST", url: "/api/v1/invitations/accept", body: { token: tokenOf(inv.acceptUrl) } }),
      409,
      "invitation_invalid",
    );
  });

  it("only the addressee can accept", async () => {
    const inv = (await invite(admin, "someone@example.com")).json();
    const intruder = await signUp(t.app);
    const res = await as(t.app, intruder)({ method: "POST", url: "/api/v1/invitations/accept", body: { token: tokenOf(inv.acceptUrl) } });
    expectProblem(res, 403, "forbidden");
    expect(res.json().detail).toContain("someone@example.com");
    expectProblem(
      await as(t.app, null)({ method: "POST", url: "/api/v1/invitations/accept", body: { token: tokenOf(inv.acceptUrl) } }),
      401,
      "unauthenticated",
    );
    expectProblem(await as(t.app, intruder)({ method: "POST", url: "/api/v1/invitations/accept", body: { token: "x".repeat(32) } }), 404, "not_found");
  });

  it("revokes, and resending replaces the link", async () => {
    const user = await signUp(t.app);
    const first = (await invite(admin, user.email)).json();
    const resent = await as(t.app, admin)({ method: "POST", url: `/api/v1/organizations/${orgId}/invitations/${first.id}/resend` });
    expect(resent.statusCode).toBe(200);
    expect(resent.json().acceptUrl).not.toBe(first.acceptUrl);
    expectProblem(await as(t.app, user)({ method: "POST", url: "/api/v1/invitations/accept", body: { token: tokenOf(first.acceptUrl) } }), 404, "not_found");
    const revoked = await as(t.app, admin)({ method: "POST", url: `/api/v1/organizations/${orgId}/invitations/${first.id}/revoke` });
    expect(revoked.json().status).toBe("revoked");
    expectProblem(
      await as(t.app, user)({ method: "POST", url: "/api/v1/invitations/accept", body: { token: tokenOf(resent.json().acceptUrl) } }),
      409,
      "invitation_invalid",
    );
    const open = await as(t.app, admin)({ method: "GET", url: `/api/v1/organizations/${orgId}/invitations` });
    expect(open.json().items.map((i: { id: string }) => i.id)).not.toContain(first.id);
  });

  it("lets managers invite only below admin; members cannot invite; outsiders get 404", async () => {
    const mgr = await signUp(t.app);
    const member = await signUp(t.app);
    const outsider = await signUp(t.app);
    await addMember(t.app, admin, orgId, mgr, "manager");
    await addMember(t.app, admin, orgId, member, "member");
    expectProblem(await invite(mgr, "boss@example.com", "admin"), 403, "forbidden");
    const adminInvite = (await invite(admin, "future-admin@example.com", "admin")).json();
    expectProblem(await as(t.app, mgr)({ method: "POST", url: `/api/v1/organizations/${orgId}/invitations/${adminInvite.id}/revoke` }), 403, "forbidden");
    expect((await invite(mgr, "artist@example.com", "member")).statusCode).toBe(201);
    expectProblem(await invite(member, "friend@example.com"), 403, "forbidden");
    expectProblem(await invite(outsider, "friend@example.com"), 404, "not_found");
    expectProblem(await invite(admin, "not-an-email"), 400, "validation_failed");
    const dup = await invite(admin, mgr.email);
    expectProblem(dup, 409, "validation_failed");
    expect(dup.json().errors[0].path).toBe("body.email");
  });
});
