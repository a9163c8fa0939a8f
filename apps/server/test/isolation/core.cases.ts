import { expect } from "vitest";
import { addMember, as, createPerson, signUp } from "../factories";
import type { IsolationCases } from "./isolation-cases";

/** Core routes: organizations, members, invitations, people, audit, access, events. */
export const coreCases: IsolationCases = {
  async setup({ app, owner, orgId }) {
    const member = await signUp(app);
    await addMember(app, owner, orgId, member, "member");
    const person = await createPerson(app, owner, orgId);
    const members = (await as(app, owner)({ method: "GET", url: `/api/v1/organizations/${orgId}/members` })).json();
    const invitation = (
      await as(app, owner)({ method: "POST", url: `/api/v1/organizations/${orgId}/invitations`, body: { email: "later@example.com" } })
    ).json();
    const scoped = (
      await as(
        app,
        owner,
      )({
        method: "POST",
        url: `/api/v1/organizations/${orgId}/scoped-memberships`,
        body: { userId: member.id, scopeType: "studio", scopeId: orgId, role: "manager" },
      })
    ).json();
    return { personId: person.id, memberId: members.items[1].id, invitationId: invitation.id, scopedId: scoped.id, memberUserId: member.id };
  },
  requests: (v) => ({
    "GET /api/v1/organizations/{orgId}": () => ({ url: `/api/v1/organizations/${v.orgId}` }),
    "PATCH /api/v1/organizations/{orgId}": () => ({ url: `/api/v1/organizations/${v.orgId}`, body: { version: 1, name: "Taken over" } }),
    "GET /api/v1/organizations/{orgId}/members": () => ({ url: `/api/v1/organizations/${v.orgId}/members` }),
    "PATCH /api/v1/organizations/{orgId}/members/{id}": () => ({
      url: `/api/v1/organizations/${v.orgId}/members/${v.memberId}`,
      body: { version: 1, role: "guest" },
    }),
    "DELETE /api/v1/organizations/{orgId}/members/{id}": () => ({ url: `/api/v1/organizations/${v.orgId}/members/${v.memberId}` }),
    "POST /api/v1/organizations/{orgId}/leave": () => ({ url: `/api/v1/organizations/${v.orgId}/leave` }),
    "GET /api/v1/organizations/{orgId}/invitations": () => ({ url: `/api/v1/organizations/${v.orgId}/invitations` }),
    "POST /api/v1/organizations/{orgId}/invitations": () => ({
      url: `/api/v1/organizations/${v.orgId}/invitations`,
      body: { email: "mole@example.com", role: "admin" },
    }),
    "POST /api/v1/organizations/{orgId}/invitations/{id}/revoke": () => ({ url: `/api/v1/organizations/${v.orgId}/invitations/${v.invitationId}/revoke` }),
    "POST /api/v1/organizations/{orgId}/invitations/{id}/resend": () => ({ url: `/api/v1/organizations/${v.orgId}/invitations/${v.invitationId}/resend` }),
    "GET /api/v1/organizations/{orgId}/people": () => ({ url: `/api/v1/organizations/${v.orgId}/people` }),
    "POST /api/v1/organizations/{orgId}/people": () => ({ url: `/api/v1/organizations/${v.orgId}/people`, body: { displayName: "Planted" } }),
    "GET /api/v1/organizations/{orgId}/people/departments": () => ({ url: `/api/v1/organizations/${v.orgId}/people/departments` }),
    "GET /api/v1/organizations/{orgId}/people/{id}": () => ({ url: `/api/v1/organizations/${v.orgId}/people/${v.personId}` }),
    "PATCH /api/v1/organizations/{orgId}/people/{id}": () => ({
      url: `/api/v1/organizations/${v.orgId}/people/${v.personId}`,
      body: { version: 1, displayName: "Renamed" },
    }),
    "POST /api/v1/organizations/{orgId}/people/{id}/archive": () => ({
      url: `/api/v1/organizations/${v.orgId}/people/${v.personId}/archive`,
      body: { version: 1 },
    }),
    "POST /api/v1/organizations/{orgId}/people/{id}/restore": () => ({
      url: `/api/v1/organizations/${v.orgId}/people/${v.personId}/restore`,
      body: { version: 1 },
    }),
    "GET /api/v1/organizations/{orgId}/audit/{recordType}/{recordId}": () => ({ url: `/api/v1/organizations/${v.orgId}/audit/person/${v.personId}` }),
    "GET /api/v1/organizations/{orgId}/authorization/explain": () => ({ url: `/api/v1/organizations/${v.orgId}/authorization/explain?action=person.read` }),
    "GET /api/v1/organizations/{orgId}/scoped-memberships": () => ({ url: `/api/v1/organizations/${v.orgId}/scoped-memberships` }),
    "POST /api/v1/organizations/{orgId}/scoped-memberships": () => ({
      url: `/api/v1/organizations/${v.orgId}/scoped-memberships`,
      body: { userId: v.memberUserId, scopeType: "project", scopeId: v.orgId, role: "admin" },
    }),
    "DELETE /api/v1/organizations/{orgId}/scoped-memberships/{id}": () => ({ url: `/api/v1/organizations/${v.orgId}/scoped-memberships/${v.scopedId}` }),
    // WebSocket only: events.test.ts shows an outsider's socket is closed with 4404.
    "GET /api/v1/organizations/{orgId}/events": () => ({ url: `/api/v1/organizations/${v.orgId}/events`, websocket: true }),
  }),
  async verifyUnchanged({ app, owner, orgId }) {
    const org = await as(app, owner)({ method: "GET", url: `/api/v1/organizations/${orgId}` });
    expect(org.json()).toMatchObject({ name: "Target", version: 1 });
    const people = await as(app, owner)({ method: "GET", url: `/api/v1/organizations/${orgId}/people?status=all` });
    const names = people.json().items.map((p: { displayName: string }) => p.displayName);
    expect(names).toContain("Test Person");
    expect(names).not.toContain("Planted");
    const members = await as(app, owner)({ method: "GET", url: `/api/v1/organizations/${orgId}/members` });
    expect(members.json().items).toHaveLength(2);
  },
};
