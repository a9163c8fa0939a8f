import type { LiveEvent } from "@backlot/contracts/core/events";
import type { Organization } from "@backlot/contracts/core/organizations";
import type { Person } from "@backlot/contracts/core/people";
import type { Project } from "@backlot/contracts/tracking/projects";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../lib/query-keys";

/**
 * Bring the query cache up to date with one live event: the detail is replaced with the record
 * the event carries (same shape as REST), lists of that record type are refetched.
 */
export function applyLiveEvent(queryClient: QueryClient, orgId: string, event: LiveEvent) {
  const invalidate = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
  invalidate(queryKeys.audit(orgId, event.recordType, event.recordId));

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
    case "project": {
      if (event.data) {
        const incoming = event.data as Project;
        queryClient.setQueryData<Project>(queryKeys.project(orgId, event.recordId), (old) => (old && old.version > incoming.version ? old : incoming));
      }
      invalidate(queryKeys.projectLists(orgId));
      break;
    }
    case "entity_type":
    case "task_type":
    case "task_status":
    case "role_slot": {
      // Configuration and slots are listed per project: refetch that project's list only.
      const projectId = (event.data as { projectId?: string } | undefined)?.projectId;
      const key = event.recordType === "role_slot" ? queryKeys.slots : queryKeys.projectConfig;
      invalidate(projectId ? key(orgId, projectId) : [...queryKeys.org(orgId), "projects"]);
      break;
    }
    default:
      invalidate(queryKeys.org(orgId));
  }
}

/** Everything cached for an organization is suspect after a resync. */
export function resyncOrganization(queryClient: QueryClient, orgId: string) {
  void queryClient.invalidateQueries({ queryKey: queryKeys.org(orgId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.me });
  void queryClient.invalidateQueries({ queryKey: queryKeys.organizations });
}
