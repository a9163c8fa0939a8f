import type { ApiToken } from "@backlot/contracts/core/tokens";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export function useApiTokens() {
  return useQuery({
    queryKey: queryKeys.tokens,
    queryFn: () => api<{ items: ApiToken[] }>("/api/v1/me/tokens"),
    select: (r) => r.items,
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; expiresInDays: number | null }) => api<ApiToken>("/api/v1/me/tokens", { method: "POST", body, idempotent: true }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}

export function useDeleteApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/me/tokens/${id}`, { method: "DELETE" }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}
