/**
 * Query keys. Everything belonging to one organization starts with ["org", orgId] so a live
 * "resync" can invalidate it in one call; lists and details of a record type are separate
 * branches so an event can patch a detail and refetch only the lists.
 */
export const queryKeys = {
  me: ["me"] as const,
  organizations: ["organizations"] as const,
  tokens: ["me", "tokens"] as const,
  invitationPreview: (token: string) => ["invitation-preview", token] as const,
  org: (orgId: string) => ["org", orgId] as const,
  organization: (orgId: string) => ["org", orgId, "organization"] as const,
  peopleLists: (orgId: string) => ["org", orgId, "people", "list"] as const,
  departments: (orgId: string) => ["org", orgId, "people", "departments"] as const,
  person: (orgId: string, id: string) => ["org", orgId, "people", "detail", id] as const,
  members: (orgId: string) => ["org", orgId, "members"] as const,
  invitations: (orgId: string) => ["org", orgId, "invitations"] as const,
  projectLists: (orgId: string) => ["org", orgId, "projects", "list"] as const,
  project: (orgId: string, id: string) => ["org", orgId, "projects", "detail", id] as const,
  projectConfig: (orgId: string, projectId: string) => ["org", orgId, "projects", "config", projectId] as const,
  slots: (orgId: string, projectId: string) => ["org", orgId, "projects", "slots", projectId] as const,
  fields: (orgId: string, projectId: string) => ["org", orgId, "projects", "fields", projectId] as const,
  /** Every grid page of a project, whatever its entity type and filters. */
  grids: (orgId: string, projectId: string) => ["org", orgId, "projects", "grid", projectId] as const,
  /** Every grid of the organization, for live task patches that name only a project id. */
  allGrids: (orgId: string) => ["org", orgId, "projects", "grid"] as const,
  entities: (orgId: string, projectId: string) => ["org", orgId, "projects", "entities", projectId] as const,
  /** Task lists: project boards and "my tasks". */
  taskLists: (orgId: string) => ["org", orgId, "tasks"] as const,
  audit: (orgId: string, recordType: string, recordId: string) => ["org", orgId, "audit", recordType, recordId] as const,
  explain: (orgId: string, action: string) => ["org", orgId, "explain", action] as const,
};
