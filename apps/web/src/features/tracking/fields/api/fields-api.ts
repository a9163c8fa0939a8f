import type { CreateFieldBody, FieldDefinition, UpdateFieldBody } from "@backlot/contracts/tracking/fields";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";
import { projectUrl, recordKeys } from "../../entities/api/record-keys";

/**
 * Custom field definitions of a project (CORE-7), archived ones included so the admin screen can
 * restore them; forms filter to active ones. `object` is an entity type key or "task".
 */
export function useFieldDefinitions(orgId: string, projectId: string, object?: string) {
  return useQuery({
    queryKey: [...recordKeys.fields(orgId, projectId), "all", object ?? "*"],
    queryFn: () => api<{ items: FieldDefinition[] }>(`${projectUrl(orgId, projectId)}/fields`, { query: { object, archived: "true" } }),
    select: (r) => r.items,
  });
}

/** Active fields of one object in display order: what forms render. */
export function activeFields(fields: FieldDefinition[] | undefined, object: string): FieldDefinition[] {
  return (fields ?? []).filter((f) => f.object === object && !f.archivedAt).sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label));
}

function useFieldSaved(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return (saved: FieldDefinition) => {
    void queryClient.invalidateQueries({ queryKey: recordKeys.fields(orgId, projectId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "field_definition", saved.id) });
  };
}

export function useCreateField(orgId: string, projectId: string) {
  const onSuccess = useFieldSaved(orgId, projectId);
  return useMutation({
    mutationFn: (body: CreateFieldBody) => api<FieldDefinition>(`${projectUrl(orgId, projectId)}/fields`, { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdateField(orgId: string, projectId: string) {
  const onSuccess = useFieldSaved(orgId, projectId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateFieldBody & { id: string }) =>
      api<FieldDefinition>(`${projectUrl(orgId, projectId)}/fields/${id}`, { method: "PATCH", body }),
    onSuccess,
  });
}
