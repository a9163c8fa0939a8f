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
  // Review, inbox, time and saved views. The task drawer's keys live apart from task lists,
  // whose cache entries are pages that list-patching code walks.
  taskDetail: (orgId: string, taskId: string) => ["org", orgId, "task-detail", taskId] as const,
  entityDetail: (orgId: string, entityId: string) => ["org", orgId, "task-detail", "entity", entityId] as const,
  versions: (orgId: string) => ["org", orgId, "versions"] as const,
  taskVersions: (orgId: string, taskId: string) => ["org", orgId, "versions", "task", taskId] as const,
  projectVersions: (orgId: string, projectId: string) => ["org", orgId, "versions", "project", projectId] as const,
  version: (orgId: string, id: string) => ["org", orgId, "versions", "detail", id] as const,
  playlists: (orgId: string) => ["org", orgId, "playlists"] as const,
  playlistLists: (orgId: string, projectId: string) => ["org", orgId, "playlists", "list", projectId] as const,
  playlist: (orgId: string, id: string) => ["org", orgId, "playlists", "detail", id] as const,
  reviewLinks: (orgId: string, playlistId: string) => ["org", orgId, "playlists", "links", playlistId] as const,
  comments: (orgId: string, recordType: string, recordId: string) => ["org", orgId, "comments", recordType, recordId] as const,
  allComments: (orgId: string) => ["org", orgId, "comments"] as const,
  inbox: (orgId: string) => ["org", orgId, "inbox"] as const,
  unreadCount: (orgId: string) => ["org", orgId, "inbox", "unread-count"] as const,
  time: (orgId: string) => ["org", orgId, "time"] as const,
  savedViews: (orgId: string) => ["org", orgId, "saved-views"] as const,
};
