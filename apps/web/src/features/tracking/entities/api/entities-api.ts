import type { CreateEntityBody, Entity, UpdateEntityBody } from "@backlot/contracts/tracking/entities";
import type { FieldDefinition } from "@backlot/contracts/tracking/fields";
import type { GridPage } from "@backlot/contracts/tracking/grid";
import { type InfiniteData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

const projectUrl = (orgId: string, projectId: string) => `/api/v1/organizations/${orgId}/projects/${projectId}`;

/** Entities of one type, first page by code: enough for pickers such as "sequence". */
export function useEntityOptions(orgId: string, projectId: string, type: string | null) {
  return useQuery({
    queryKey: [...queryKeys.entities(orgId, projectId), "options", type],
    queryFn: () => api<{ items: Entity[]; nextCursor: string | null }>(`${projectUrl(orgId, projectId)}/entities`, { query: { type, limit: 200 } }),
    select: (r) => r.items,
    enabled: Boolean(type),
    staleTime: 60_000,
  });
}

/** Custom fields of a project that apply to one entity type (CORE-7). */
export function useFields(orgId: string, projectId: string, object: string) {
  return useQuery({
    queryKey: [...queryKeys.fields(orgId, projectId), object],
    queryFn: () => api<{ items: FieldDefinition[] }>(`${projectUrl(orgId, projectId)}/fields`, { query: { object } }),
    select: (r) => r.items,
  });
}

/** Puts an edited entity into every cached grid row that shows it, keeping the row's tasks. */
function patchGridEntity(queryClient: ReturnType<typeof useQueryClient>, orgId: string, entity: Entity) {
  queryClient.setQueriesData<InfiniteData<GridPage, string | undefined>>({ queryKey: queryKeys.grids(orgId, entity.projectId) }, (data) => {
    if (!data) return data;
    const pages = data.pages.map((page) =>
      page.rows.some((r) => r.id === entity.id) ? { ...page, rows: page.rows.map((r) => (r.id === entity.id ? { ...entity, tasks: r.tasks } : r)) } : page,
    );
    return { ...data, pages };
  });
}

export function useCreateEntity(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEntityBody) => api<Entity>(`${projectUrl(orgId, projectId)}/entities`, { method: "POST", body, idempotent: true }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.grids(orgId, projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.entities(orgId, projectId) });
    },
  });
}

export function useUpdateEntity(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateEntityBody & { id: string }) =>
      api<Entity>(`${projectUrl(orgId, projectId)}/entities/${id}`, { method: "PATCH", body }),
    onSuccess: (entity) => {
      patchGridEntity(queryClient, orgId, entity);
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "entity", entity.id) });
    },
  });
}

export { patchGridEntity };
