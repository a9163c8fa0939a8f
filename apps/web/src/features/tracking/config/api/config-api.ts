import type { EntityType, ProjectConfig, TaskStatus, TaskType } from "@backlot/contracts/tracking/config";
import type { createEntityTypeBody, createTaskStatusBody, createTaskTypeBody } from "@backlot/contracts/tracking/config";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

const base = (orgId: string, projectId: string) => `/api/v1/organizations/${orgId}/projects/${projectId}`;

/** Entity types, task types and statuses of a project (archived ones included, in display order). */
export function useProjectConfig(orgId: string, projectId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.projectConfig(orgId, projectId),
    queryFn: () => api<ProjectConfig>(`${base(orgId, projectId)}/config`),
    enabled,
  });
}

type Section = "entityTypes" | "taskTypes" | "statuses";
type Item<S extends Section> = ProjectConfig[S][number];
const paths: Record<Section, string> = { entityTypes: "entity-types", taskTypes: "task-types", statuses: "statuses" };
const recordTypes: Record<Section, string> = { entityTypes: "entity_type", taskTypes: "task_type", statuses: "task_status" };

/** Puts a saved item into the cached config, then refetches: a new default status clears the old one on the server. */
function useConfigSaved<S extends Section>(orgId: string, projectId: string, section: S) {
  const queryClient = useQueryClient();
  const key = queryKeys.projectConfig(orgId, projectId);
  return (saved: Item<S>) => {
    queryClient.setQueryData<ProjectConfig>(key, (old) => {
      if (!old) return old;
      const list = old[section] as Item<S>[];
      const next = list.some((i) => i.id === saved.id) ? list.map((i) => (i.id === saved.id ? saved : i)) : [...list, saved];
      return { ...old, [section]: next };
    });
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, recordTypes[section], saved.id) });
  };
}

type CreateBodies = {
  entityTypes: z.input<typeof createEntityTypeBody>;
  taskTypes: z.input<typeof createTaskTypeBody>;
  statuses: z.input<typeof createTaskStatusBody>;
};

export function useCreateConfigItem<S extends Section>(orgId: string, projectId: string, section: S) {
  const onSuccess = useConfigSaved(orgId, projectId, section);
  return useMutation({
    mutationFn: (body: CreateBodies[S]) => api<Item<S>>(`${base(orgId, projectId)}/${paths[section]}`, { method: "POST", body }),
    onSuccess,
  });
}

/** A patch of any config item: the fields to change plus the version it was read at. */
export type ConfigPatch = { id: string; version: number } & Record<string, unknown>;

export function useUpdateConfigItem<S extends Section>(orgId: string, projectId: string, section: S) {
  const onSuccess = useConfigSaved(orgId, projectId, section);
  return useMutation({
    mutationFn: ({ id, ...body }: ConfigPatch) => api<Item<S>>(`${base(orgId, projectId)}/${paths[section]}/${id}`, { method: "PATCH", body }),
    onSuccess,
  });
}

/** The sort order that puts a new item after `items`. */
export function nextSortOrder(items: { sortOrder: number }[]): number {
  return items.reduce((max, i) => Math.max(max, i.sortOrder + 1), 0);
}

/**
 * Saves a new order: each item whose position changed gets its index as sort order, one
 * versioned PATCH at a time. The cache shows the new order at once; a refusal refetches.
 */
export function useReorderConfig<S extends Section>(orgId: string, projectId: string, section: S) {
  const queryClient = useQueryClient();
  const key = queryKeys.projectConfig(orgId, projectId);
  const patchCache = (changes: Map<string, Partial<Item<S>>>) =>
    queryClient.setQueryData<ProjectConfig>(key, (old) =>
      old ? { ...old, [section]: (old[section] as Item<S>[]).map((i) => ({ ...i, ...changes.get(i.id) })) } : old,
    );
  return useMutation({
    onMutate: (ordered: Item<S>[]) => patchCache(new Map(ordered.map((item, index) => [item.id, { sortOrder: index } as Partial<Item<S>>]))),
    mutationFn: async (ordered: Item<S>[]) => {
      for (const [index, item] of ordered.entries()) {
        if (item.sortOrder === index) continue;
        const saved = await api<Item<S>>(`${base(orgId, projectId)}/${paths[section]}/${item.id}`, {
          method: "PATCH",
          body: { version: item.version, sortOrder: index },
        });
        patchCache(new Map([[saved.id, saved as Partial<Item<S>>]]));
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Display order: sort order, then name, as the server lists them. */
export function bySortOrder<T extends { sortOrder: number; name: string }>(a: T, b: T): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name);
}

export type { EntityType, TaskStatus, TaskType };
