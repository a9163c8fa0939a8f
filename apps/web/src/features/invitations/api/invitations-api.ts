import type { CreateInvitationBody, Invitation, InvitationPreview } from "@backlot/contracts/core/invitations";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

const invitationsUrl = (orgId: string) => `/api/v1/organizations/${orgId}/invitations`;

export function useInvitations(orgId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.invitations(orgId),
    queryFn: () => api<{ items: Invitation[] }>(invitationsUrl(orgId)),
    select: (r) => r.items,
    enabled,
  });
}

function useInvalidateInvitations(orgId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: queryKeys.invitations(orgId) });
}

export function useCreateInvitation(orgId: string) {
  const onSettled = useInvalidateInvitations(orgId);
  return useMutation({
    mutationFn: (body: CreateInvitationBody) => api<Invitation>(invitationsUrl(orgId), { method: "POST", body, idempotent: true }),
    onSettled,
  });
}

export function useRevokeInvitation(orgId: string) {
  const onSettled = useInvalidateInvitations(orgId);
  return useMutation({
    mutationFn: (id: string) => api<Invitation>(`${invitationsUrl(orgId)}/${id}/revoke`, { method: "POST" }),
    onSettled,
  });
}

export function useResendInvitation(orgId: string) {
  const onSettled = useInvalidateInvitations(orgId);
  return useMutation({
    mutationFn: (id: string) => api<Invitation>(`${invitationsUrl(orgId)}/${id}/resend`, { method: "POST" }),
    onSettled,
  });
}

export function useInvitationPreview(token: string | null) {
  return useQuery({
    queryKey: queryKeys.invitationPreview(token ?? ""),
    queryFn: () => api<InvitationPreview>("/api/v1/invitations/preview", { query: { token } }),
    enabled: Boolean(token),
    retry: false,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api<{ organizationId: string }>("/api/v1/invitations/accept", { method: "POST", body: { token } }),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.me }), queryClient.invalidateQueries({ queryKey: queryKeys.organizations })]);
    },
  });
}
