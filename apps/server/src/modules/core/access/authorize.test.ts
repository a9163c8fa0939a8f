import { describe, expect, it } from "vitest";
import { actions, orgRoles, policy } from "@backlot/contracts/core/roles";
import { authorize } from "./authorize";
import type { Access } from "./access.repo";

const access = (role: Access["role"], scoped: Access["scoped"] = []): Access => ({ organizationId: "o", userId: "u", membershipId: "m", role, scoped });

describe("authorize", () => {
  it("follows the policy table for every role and action", () => {
    for (const role of orgRoles) for (const action of actions) expect(authorize(access(role), action).allowed).toBe(policy[action].includes(role));
  });

  it("grants through a matching scope only", () => {
    const a = access("guest", [{ scopeType: "client", scopeId: "c1", role: "manager" }]);
    expect(authorize(a, "person.create", { type: "client", id: "c1" })).toMatchObject({ allowed: true, grantedBy: "scope", role: "manager" });
    expect(authorize(a, "person.create", { type: "client", id: "c2" }).allowed).toBe(false);
    expect(authorize(a, "person.create").allowed).toBe(false);
  });

  it("explains a denial with the roles that would be allowed", () => {
    const decision = authorize(access("member"), "organization.update");
    expect(decision.reason).toBe("Only an admin can change the organization's settings; you are a member. Ask an admin of the organization.");
    expect(decision.allowedRoles).toEqual(["admin"]);
  });
});
