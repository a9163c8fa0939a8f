import type { LiveEvent } from "@backlot/contracts/core/events";
import type { Organization } from "@backlot/contracts/core/organizations";
import type { Person } from "@backlot/contracts/core/people";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../lib/query-keys";
import { applyBookingEvent } from "../../booking/bookings/api/apply-booking-event";
import { applyTimelineEvent } from "../../booking/timeline/api/timeline-api";
import { applyTrackingEvent } from "../../tracking/live/apply-tracking-event";
import { applyReviewEvent } from "../../tracking/review/api/apply-review-event";

/**
 * Bring the query cache up to date with one live event: the detail is replaced with the record
 * the event carries (same shape as REST), lists of that record type are refetched.
 */
export function applyLiveEvent(queryClient: QueryClient, orgId: string, event: LiveEvent) {
  const invalidate = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
  invalidate(queryKeys.audit(orgId, event.recordType, event.recordId));
  if (applyReviewEvent(queryClient, orgId, event)) return;
  if (applyTimelineEvent(queryClient, orgId, event)) return;

  switch (event.recordType) {
    case "person": {
      if (event.data) {
        const incoming = event.data as Person;
        queryClient.setQueryData<Person>(queryKeys.person(orgId, event.recordId), (old) => (old && old.version > incoming.version ? old : incoming));
      }
      invalidate(queryKeys.peopleLists(orgId));
      invalidate(queryKeys.departments(orgId));
      break;
    }
    case "membership":
      invalidate(queryKeys.members(orgId));
      // The change may be to our own role or membership.
      invalidate(queryKeys.organization(orgId));
      invalidate(queryKeys.me);
      break;
    case "invitation":
      invalidate(queryKeys.invitations(orgId));
      break;
    case "organization": {
      if (event.data) {
        // myRole is per viewer: keep ours rather than whatever the payload says.
        queryClient.setQueryData<Organization>(queryKeys.organization(orgId), (old) => (old ? { ...(event.data as Organization), myRole: old.myRole } : old));
      }
      invalidate(queryKeys.organization(orgId));
      invalidate(queryKeys.organizations);
      invalidate(queryKeys.me);
      break;
    }
    default:
      if (!applyTrackingEvent(queryClient, orgId, event) && !applyBookingEvent(queryClient, orgId, event)) invalidate(queryKeys.org(orgId));
  }
}

/** Everything cached for an organization is suspect after a resync. */
export function resyncOrganization(queryClient: QueryClient, orgId: string) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.org(orgId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  void queryClient.invalidateQueries({ queryKey: queryKeys.organizations });
}
