import type { Member, UpdateMemberBody } from "@backlot/contracts/core/members";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

const membersUrl = (orgId: string) => `/api/v1/organizations/${orgId}/members`;

export function useMembers(orgId: string, q: string, enabled = true) {
  return useQuery({
    queryKey: [...queryKeys.members(orgId), { q }],
    queryFn: ({ signal }) =>
      api<{ items: Member[]; nextCursor: string | null }>(membersUrl(orgId), {
        query: { q: q.trim() || undefined, limit: 200 },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useUpdateMemberRole(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateMemberBody & { id: string }) => api<Member>(`${membersUrl(orgId)}/${id}`, { method: "PATCH", body }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

export function useRemoveMember(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`${membersUrl(orgId)}/${id}`, { method: "DELETE" }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.members(orgId) }),
  });
}

export function useLeaveOrganization(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`/api/v1/organizations/${orgId}/leave`, { method: "POST" }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: queryKeys.org(orgId) });
      await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.me }), queryClient.invalidateQueries({ queryKey: queryKeys.organizations })]);
    },
  });
}
