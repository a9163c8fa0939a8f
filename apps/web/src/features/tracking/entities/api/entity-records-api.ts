import type { Casting, CreateEntityBody, Entity, SetCastingBody, UpdateEntityBody } from "@backlot/contracts/tracking/entities";
import type { TaskListItem } from "@backlot/contracts/tracking/tasks";
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";
import { projectUrl, recordKeys } from "./record-keys";

type Page<T> = { items: T[]; nextCursor: string | null };
export type EntityListFilter = { type: string; q?: string; archived?: "exclude" | "only" | "include"; parentId?: string };

/** Entities of one type by code, 100 a page (the list loads more as it is scrolled to the end). */
export function useEntityList(orgId: string, projectId: string, filter: EntityListFilter) {
  return useInfiniteQuery({
    queryKey: [...recordKeys.entities(orgId, projectId), "list", filter],
    queryFn: ({ pageParam, signal }) =>
      api<Page<Entity>>(`${projectUrl(orgId, projectId)}/entities`, { query: { ...filter, limit: 100, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Every entity of one type (pickers: parents, assets to cast); pages through up to `max`. */
export function useAllEntities(orgId: string, projectId: string, type: string | null, max = 2000) {
  return useQuery({
    queryKey: [...recordKeys.entities(orgId, projectId), "all", type],
    queryFn: async ({ signal }) => {
      const items: Entity[] = [];
      let cursor: string | undefined;
      do {
        const page = await api<Page<Entity>>(`${projectUrl(orgId, projectId)}/entities`, { query: { type, limit: 200, cursor }, signal });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && items.length < max);
      return items;
    },
    enabled: Boolean(type),
    staleTime: 30_000,
  });
}

export function useEntity(orgId: string, projectId: string, id: string | null) {
  return useQuery({
    queryKey: [...recordKeys.entities(orgId, projectId), "detail", id],
    queryFn: () => api<Entity>(`${projectUrl(orgId, projectId)}/entities/${id}`),
    enabled: Boolean(id),
  });
}

/** Tasks of one entity, for its detail drawer. */
export function useEntityTasks(orgId: string, projectId: string, entityId: string) {
  return useQuery({
    queryKey: [...recordKeys.taskLists(orgId), projectId, { entityId }],
    queryFn: () => api<Page<TaskListItem>>(`${projectUrl(orgId, projectId)}/tasks`, { query: { entityId, limit: 200 } }),
    select: (r) => r.items,
  });
}

function useEntitySaved(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return (saved: Entity) => {
    queryClient.setQueryData([...recordKeys.entities(orgId, projectId), "detail", saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: recordKeys.entities(orgId, projectId) });
    void queryClient.invalidateQueries({ queryKey: recordKeys.grids(orgId, projectId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "entity", saved.id) });
  };
}

export function useCreateEntity(orgId: string, projectId: string) {
  const onSuccess = useEntitySaved(orgId, projectId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEntityBody) => api<Entity>(`${projectUrl(orgId, projectId)}/entities`, { method: "POST", body, idempotent: true }),
    onSuccess: (saved) => {
      onSuccess(saved);
      // The template may have created the entity's tasks.
      void queryClient.invalidateQueries({ queryKey: recordKeys.taskLists(orgId) });
    },
  });
}

export function useUpdateEntity(orgId: string, projectId: string) {
  const onSuccess = useEntitySaved(orgId, projectId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateEntityBody & { id: string }) =>
      api<Entity>(`${projectUrl(orgId, projectId)}/entities/${id}`, { method: "PATCH", body }),
    onSuccess,
  });
}

export function useArchiveEntity(orgId: string, projectId: string) {
  const onSuccess = useEntitySaved(orgId, projectId);
  return useMutation({
    mutationFn: ({ entity, archived }: { entity: Entity; archived: boolean }) =>
      api<Entity>(`${projectUrl(orgId, projectId)}/entities/${entity.id}/${archived ? "archive" : "restore"}`, {
        method: "POST",
        body: { version: entity.version },
      }),
    onSuccess,
  });
}

/** Casting of a sequence (parentId), of one asset, or of the whole project. */
export function useCasting(orgId: string, projectId: string, query: { parentId?: string; assetId?: string }, enabled = true) {
  return useQuery({
    queryKey: [...recordKeys.casting(orgId, projectId), query],
    queryFn: () => api<{ items: Casting[] }>(`${projectUrl(orgId, projectId)}/casting`, { query }),
    select: (r) => r.items,
    enabled,
  });
}

/** Assets cast in one shot or scene. */
export function useEntityCasting(orgId: string, projectId: string, entityId: string) {
  return useQuery({
    queryKey: [...recordKeys.casting(orgId, projectId), "entity", entityId],
    queryFn: () => api<{ items: Casting[] }>(`${projectUrl(orgId, projectId)}/entities/${entityId}/casting`),
    select: (r) => r.items,
  });
}

export function useSetCasting(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entityId, ...body }: SetCastingBody & { entityId: string }) =>
      api<{ items: Casting[] }>(`${projectUrl(orgId, projectId)}/entities/${entityId}/casting`, { method: "PUT", body }),
    onSuccess: (_r, { entityId }) => {
      void queryClient.invalidateQueries({ queryKey: recordKeys.casting(orgId, projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "entity", entityId) });
    },
  });
}
