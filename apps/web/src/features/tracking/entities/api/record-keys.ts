/**
 * Query keys of project records (entities, fields, casting, imports, tasks). They sit under the
 * same ["org", orgId, "projects", <kind>, projectId] branches the live-event patcher invalidates,
 * so a change made elsewhere refreshes these screens too.
 */
export const recordKeys = {
  fields: (orgId: string, projectId: string) => ["org", orgId, "projects", "fields", projectId] as const,
  entities: (orgId: string, projectId: string) => ["org", orgId, "projects", "entities", projectId] as const,
  casting: (orgId: string, projectId: string) => ["org", orgId, "projects", "casting", projectId] as const,
  imports: (orgId: string, projectId: string) => ["org", orgId, "projects", "imports", projectId] as const,
  dependencies: (orgId: string, projectId: string) => ["org", orgId, "projects", "dependencies", projectId] as const,
  taskLists: (orgId: string) => ["org", orgId, "tasks"] as const,
  grids: (orgId: string, projectId: string) => ["org", orgId, "projects", "grid", projectId] as const,
};

export const projectUrl = (orgId: string, projectId: string) => `/api/v1/organizations/${orgId}/projects/${projectId}`;
