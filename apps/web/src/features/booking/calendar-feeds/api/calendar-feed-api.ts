import type { CalendarFeed } from "@backlot/contracts/booking/calendar";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";

/** Whose bookings a feed publishes: a person or a room / piece of equipment. */
export type FeedSubject = { kind: "person" | "resource"; id: string };

const feedUrl = (orgId: string, s: FeedSubject) => `/api/v1/organizations/${orgId}/${s.kind === "person" ? "people" : "resources"}/${s.id}/calendar-feed`;
const feedKey = (orgId: string, s: FeedSubject) => ["org", orgId, "booking", "calendar-feed", s.kind, s.id] as const;

export function useCalendarFeed(orgId: string, subject: FeedSubject) {
  return useQuery({
    queryKey: feedKey(orgId, subject),
    queryFn: () => api<{ feed: CalendarFeed | null }>(feedUrl(orgId, subject)),
    select: (r) => r.feed,
    retry: false,
  });
}

/** Creates (or replaces) the feed; the answer is the only one that carries the secret URL. */
export function useCreateCalendarFeed(orgId: string, subject: FeedSubject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<CalendarFeed>(feedUrl(orgId, subject), { method: "POST" }),
    onSuccess: (feed) => queryClient.setQueryData(feedKey(orgId, subject), { feed: { ...feed, url: null } }),
  });
}

export function useRevokeCalendarFeed(orgId: string, subject: FeedSubject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(feedUrl(orgId, subject), { method: "DELETE" }),
    onSuccess: () => queryClient.setQueryData(feedKey(orgId, subject), { feed: null }),
  });
}
