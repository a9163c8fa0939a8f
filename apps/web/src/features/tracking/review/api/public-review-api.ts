import { type PublicNoteBody, type PublicReview, reviewPasswordHeader } from "@backlot/contracts/tracking/review-links";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";

const reviewUrl = (token: string) => `/api/v1/review/${encodeURIComponent(token)}`;
const headersFor = (password: string | null): Record<string, string> | undefined => (password ? { [reviewPasswordHeader]: password } : undefined);
const key = (token: string, password: string | null) => ["public-review", token, password ?? ""] as const;

/** The playlist a client review link shows (no sign-in: the token, and its password, are the credential). */
export function usePublicReview(token: string, password: string | null) {
  return useQuery({
    queryKey: key(token, password),
    queryFn: ({ signal }) => api<PublicReview>(reviewUrl(token), { headers: headersFor(password), signal }),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useLeaveClientNote(token: string, password: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ versionId, ...body }: PublicNoteBody & { versionId: string }) =>
      api(`${reviewUrl(token)}/versions/${versionId}/notes`, { method: "POST", body, headers: headersFor(password) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(token, password) }),
  });
}

/** The password typed for a link is kept for this tab only, so a reload does not ask again. */
export const rememberedPassword = {
  get: (token: string) => sessionStorage.getItem(`review-password:${token}`),
  set: (token: string, password: string) => sessionStorage.setItem(`review-password:${token}`, password),
  clear: (token: string) => sessionStorage.removeItem(`review-password:${token}`),
};
