import type { CreateFieldBody, FieldDefinition, UpdateFieldBody } from "@backlot/contracts/tracking/fields";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";

const fieldsUrl = (orgId: string, projectId: string) => `/api/v1/organizations/${orgId}/projects/${projectId}/fields`;

/** Every custom field of a project, archived ones included (the settings list). */
export function useAllFields(orgId: string, projectId: string) {
  return useQuery({
    queryKey: [...queryKeys.fields(orgId, projectId), "all"],
    queryFn: () => api<{ items: FieldDefinition[] }>(fieldsUrl(orgId, projectId), { query: { archived: "true" } }),
    select: (r) => r.items,
  });
}

function useFieldSaved(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return (field: FieldDefinition) => {
    // Grids show fields as columns: their lists refetch with the definitions.
    void queryClient.invalidateQueries({ queryKey: queryKeys.fields(orgId, projectId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId, "field_definition", field.id) });
  };
}

export function useCreateField(orgId: string, projectId: string) {
  const onSuccess = useFieldSaved(orgId, projectId);
  return useMutation({
    mutationFn: (body: CreateFieldBody) => api<FieldDefinition>(fieldsUrl(orgId, projectId), { method: "POST", body, idempotent: true }),
    onSuccess,
  });
}

export function useUpdateField(orgId: string, projectId: string) {
  const onSuccess = useFieldSaved(orgId, projectId);
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateFieldBody & { id: string }) => api<FieldDefinition>(`${fieldsUrl(orgId, projectId)}/${id}`, { method: "PATCH", body }),
    onSuccess,
  });
}
