/**
 * Roles and the authorization policy (SPEC decision 3, CORE-3). The server's single
 * `authorize()` and the web's "can I?" checks both read this table, so the UI never offers
 * what the API would refuse.
 */
export const orgRoles = ["admin", "manager", "member", "client", "guest"] as const;
export type OrgRole = (typeof orgRoles)[number];

export const scopeTypes = ["studio", "client", "platform", "project"] as const;
export type ScopeType = (typeof scopeTypes)[number];

export const actions = [
  "organization.read",
  "organization.update",
  "member.read",
  "member.invite",
  "member.update",
  "member.remove",
  "scope.manage",
  "person.read",
  "person.create",
  "person.update",
  "person.archive",
  "audit.read",
  "tracking.read",
  "project.manage",
  "field.manage",
  "entity.edit",
  "task.edit",
  "task.progress",
  "review.manage",
  "comment.create",
  "view.share",
  "file.read",
  "file.upload",
  "booking.read",
  "booking.manage",
  "resource.manage",
] as const;
export type Action = (typeof actions)[number];

const staff: OrgRole[] = ["admin", "manager", "member"];
const managers: OrgRole[] = ["admin", "manager"];

/** Which roles may perform each action. */
export const policy: Record<Action, readonly OrgRole[]> = {
  "organization.read": orgRoles,
  "organization.update": ["admin"],
  "member.read": staff,
  "member.invite": managers,
  "member.update": ["admin"],
  "member.remove": ["admin"],
  "scope.manage": ["admin"],
  "person.read": staff,
  "person.create": managers,
  "person.update": managers,
  "person.archive": managers,
  "audit.read": staff,
  "tracking.read": staff,
  "project.manage": managers,
  "field.manage": managers,
  "entity.edit": managers,
  "task.edit": managers,
  "task.progress": staff,
  "review.manage": managers,
  "comment.create": staff,
  "view.share": managers,
  "file.read": staff,
  "file.upload": staff,
  "booking.read": staff,
  "booking.manage": managers,
  "resource.manage": managers,
};

/** What each action means to a person, for "why can't I?" answers. */
export const actionDescriptions: Record<Action, string> = {
  "organization.read": "see this organization",
  "organization.update": "change the organization's settings",
  "member.read": "see the members",
  "member.invite": "invite people",
  "member.update": "change members' roles",
  "member.remove": "remove members",
  "scope.manage": "grant roles on studios, clients, platforms and projects",
  "person.read": "see the people directory",
  "person.create": "add people",
  "person.update": "edit people",
  "person.archive": "archive and restore people",
  "audit.read": "see change history",
  "tracking.read": "see projects, shots, assets, tasks and versions",
  "project.manage": "create projects and set up their task types, statuses and role slots",
  "field.manage": "define custom fields",
  "entity.edit": "create, edit, cast and import shots, assets and other entities",
  "task.edit": "create, assign and schedule tasks",
  "task.progress": "change task status, log time and upload versions",
  "review.manage": "review versions, build playlists and share review links",
  "comment.create": "comment",
  "view.share": "share saved views with everyone",
  "file.read": "download files and thumbnails",
  "file.upload": "upload files",
  "booking.read": "see bookings, availability, utilization and calendars",
  "booking.manage": "pencil, confirm, move, release and cancel bookings, and plan project staffing",
  "resource.manage": "manage rooms, equipment, skills and public holidays",
};

/** "admin", "admin or manager", "admin, manager or member". */
export function roleList(roles: readonly OrgRole[]): string {
  return roles.length <= 1 ? (roles[0] ?? "nobody") : `${roles.slice(0, -1).join(", ")} or ${roles.at(-1)}`;
}

/** Roles a manager may hand out; only admins can invite or promote admins and managers. */
export function assignableRoles(role: OrgRole): readonly OrgRole[] {
  if (role === "admin") return orgRoles;
  if (role === "manager") return ["member", "client", "guest"];
  return [];
}

/** Which action lets a user see a record of this type (used to filter live events). */
export const readActionByRecordType: Record<string, Action> = {
  organization: "organization.read",
  membership: "member.read",
  invitation: "member.invite",
  person: "person.read",
  project: "tracking.read",
  entity_type: "tracking.read",
  task_type: "tracking.read",
  task_status: "tracking.read",
  role_slot: "tracking.read",
  entity: "tracking.read",
  task: "tracking.read",
  field_definition: "tracking.read",
  version: "tracking.read",
  playlist: "tracking.read",
  comment: "tracking.read",
  time_log: "tracking.read",
  saved_view: "tracking.read",
  import: "tracking.read",
  // Delivered to their recipient only (see the live-event audience filter).
  notification: "organization.read",
  review_link: "review.manage",
  person_profile: "person.read",
  skill: "person.read",
  time_off: "booking.read",
  public_holiday: "booking.read",
  resource: "booking.read",
  booking: "booking.read",
  booking_challenge: "booking.read",
  staffing_requirement: "booking.read",
  // The project timeline is part of the project: whoever sees the project sees it.
  timeline_phase: "tracking.read",
  timeline_milestone: "tracking.read",
  timeline_dependency: "tracking.read",
};
