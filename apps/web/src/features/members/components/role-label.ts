import type { OrgRole } from "@backlot/contracts/core/roles";

export const roleDescriptions: Record<OrgRole, string> = {
  admin: "Full control, including settings and members",
  manager: "Manages people and invites members",
  member: "Studio staff; sees people and production data",
  client: "External client; sees only their own work",
  guest: "Vendor or guest with limited access",
};

export const roleColors: Record<OrgRole, string> = {
  admin: "indigo",
  manager: "teal",
  member: "gray",
  client: "grape",
  guest: "orange",
};

export function roleOptions(roles: readonly OrgRole[]) {
  return roles.map((r) => ({ value: r, label: r.charAt(0).toUpperCase() + r.slice(1) }));
}
