import type { Notification } from "@backlot/contracts/core/notifications";
import { type InfiniteData, type QueryClient, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

type Page = { items: Notification[]; nextCursor: string | null };
type Pages = InfiniteData<Page, string | undefined>;

const inboxUrl = (orgId: string) => `/api/v1/organizations/${orgId}/notifications`;

/** How many of my notifications are unread; live events keep it current. */
export function useUnreadCount(orgId: string) {
  return useQuery({
    queryKey: queryKeys.unreadCount(orgId),
    queryFn: ({ signal }) => api<{ count: number }>(`${inboxUrl(orgId)}/unread-count`, { signal }),
    select: (r) => r.count,
  });
}

/** My notifications, newest first; `unread` keeps only the unread ones. */
export function useNotifications(orgId: string, unread: boolean, limit = 30) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.inbox(orgId), "list", { unread, limit }],
    queryFn: ({ pageParam, signal }) => api<Page>(inboxUrl(orgId), { query: { unread: unread ? "true" : undefined, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Replaces one notification in every cached inbox list (read state changed). */
export function patchNotification(queryClient: QueryClient, orgId: string, n: Notification) {
  queryClient.setQueriesData<Pages>({ queryKey: [...queryKeys.inbox(orgId), "list"] }, (old) =>
    old ? { ...old, pages: old.pages.map((p) => ({ ...p, items: p.items.map((x) => (x.id === n.id ? n : x)) })) } : old,
  );
}

export function useMarkRead(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) => api<Notification>(`${inboxUrl(orgId)}/${id}/${read ? "read" : "unread"}`, { method: "POST" }),
    onSuccess: (n) => {
      patchNotification(queryClient, orgId, n);
      void queryClient.invalidateQueries({ queryKey: queryKeys.unreadCount(orgId) });
    },
  });
}

export function useMarkAllRead(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ updated: number }>(`${inboxUrl(orgId)}/read-all`, { method: "POST" }),
    onSuccess: () => {
      queryClient.setQueryData(queryKeys.unreadCount(orgId), { count: 0 });
      void queryClient.invalidateQueries({ queryKey: queryKeys.inbox(orgId) });
    },
  });
}
