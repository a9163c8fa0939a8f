import type { LiveEvent } from "@backlot/contracts/core/events";
import type { Entity } from "@backlot/contracts/tracking/entities";
import type { Project } from "@backlot/contracts/tracking/projects";
import type { Task } from "@backlot/contracts/tracking/tasks";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../lib/query-keys";
import { patchGridEntity } from "../entities/api/entities-api";
import { patchGridTask } from "../grid/api/grid-cache";

/**
 * A CSV import or a bulk edit arrives as hundreds of events in a burst; lists are refetched
 * once after the burst rather than once per event.
 */
const pending = new Map<string, ReturnType<typeof setTimeout>>();
export function invalidateSoon(queryClient: QueryClient, queryKey: readonly unknown[], ms = 400) {
  const id = JSON.stringify(queryKey);
  clearTimeout(pending.get(id));
  pending.set(
    id,
    setTimeout(() => {
      pending.delete(id);
      void queryClient.invalidateQueries({ queryKey });
    }, ms),
  );
}

const projectOf = (event: LiveEvent) => (event.data as { projectId?: string } | undefined)?.projectId;

/** Tracking records: returns false for record types it does not handle. */
export function applyTrackingEvent(queryClient: QueryClient, orgId: string, event: LiveEvent): boolean {
  const projectId = projectOf(event);
  const projects = [...queryKeys.org(orgId), "projects"];
  switch (event.recordType) {
    case "project": {
      if (event.data) {
        const incoming = event.data as Project;
        queryClient.setQueryData<Project>(queryKeys.project(orgId, event.recordId), (old) => (old && old.version > incoming.version ? old : incoming));
      }
      invalidateSoon(queryClient, queryKeys.projectLists(orgId));
      return true;
    }
    case "entity_type":
    case "task_type":
    case "task_status":
      invalidateSoon(queryClient, projectId ? queryKeys.projectConfig(orgId, projectId) : projects);
      return true;
    case "role_slot":
      invalidateSoon(queryClient, projectId ? queryKeys.slots(orgId, projectId) : projects);
      return true;
    case "field_definition":
      invalidateSoon(queryClient, projectId ? queryKeys.fields(orgId, projectId) : projects);
      return true;
    case "task":
      // The grid is patched in place (a 10,000-row grid is never refetched for one cell).
      if (event.data) patchGridTask(queryClient, orgId, event.data as Task);
      invalidateSoon(queryClient, queryKeys.taskLists(orgId));
      return true;
    case "entity":
      if (event.type === "entity.updated" && event.data) patchGridEntity(queryClient, orgId, event.data as Entity);
      else invalidateSoon(queryClient, projectId ? queryKeys.grids(orgId, projectId) : queryKeys.allGrids(orgId));
      invalidateSoon(queryClient, projectId ? queryKeys.entities(orgId, projectId) : projects);
      return true;
    case "import":
    case "casting":
      invalidateSoon(queryClient, projectId ? queryKeys.grids(orgId, projectId) : queryKeys.allGrids(orgId));
      return true;
    default:
      return false;
  }
}
