import type { LiveEvent } from "@backlot/contracts/core/events";
import type { Entity } from "@backlot/contracts/tracking/entities";
import type { Project } from "@backlot/contracts/tracking/projects";
import type { Task } from "@backlot/contracts/tracking/tasks";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../lib/query-keys";
import { patchGridEntity } from "../entities/api/entities-api";
import { recordKeys } from "../entities/api/record-keys";
import { patchGridTask } from "../grid/api/grid-cache";

/**
 * A CSV import or a bulk edit arrives as hundreds of events in a burst; lists are refetched
 * once after the burst rather than once per event.
 */
const pending = new Map<string, ReturnType<typeof setTimeout>>();
function invalidateSoon(queryClient: QueryClient, queryKey: readonly unknown[], ms = 400) {
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

/** The task drawer's task and entity details: any of them may be stale after an import. */
const drawerDetails = (orgId: string) => [...queryKeys.org(orgId), "task-detail"];

/**
 * Events about links between records (casting, dependencies) and whole imports. Their data is
 * a summary with the project id, not a record, so nothing is patched: the affected lists refetch.
 */
function applyLinkEvent(queryClient: QueryClient, orgId: string, event: LiveEvent): boolean {
  const projectId = projectOf(event);
  const soon = (project: (orgId: string, projectId: string) => readonly unknown[]) =>
    invalidateSoon(queryClient, projectId ? project(orgId, projectId) : [...queryKeys.org(orgId), "projects"]);
  switch (event.type) {
    case "casting.changed":
      // Casting gates readiness (an asset step must be approved before the shot's step starts).
      soon(recordKeys.casting);
      invalidateSoon(queryClient, queryKeys.taskLists(orgId));
      return true;
    case "dependency.changed":
      soon(recordKeys.dependencies);
      invalidateSoon(queryClient, queryKeys.taskLists(orgId));
      return true;
    case "import.completed":
      // An import (or its undo) writes many records and sends only this event.
      for (const key of [recordKeys.imports, recordKeys.entities, recordKeys.grids, recordKeys.casting, recordKeys.dependencies]) soon(key);
      invalidateSoon(queryClient, queryKeys.taskLists(orgId));
      invalidateSoon(queryClient, drawerDetails(orgId));
      return true;
    default:
      return false;
  }
}

/** Tracking records: returns false for record types it does not handle. */
export function applyTrackingEvent(queryClient: QueryClient, orgId: string, event: LiveEvent): boolean {
  if (applyLinkEvent(queryClient, orgId, event)) return true;
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
      else invalidateSoon(queryClient, projectId ? queryKeys.grids(orgId, projectId) : queryKeys.allGrids(orgId));
      invalidateSoon(queryClient, queryKeys.taskLists(orgId));
      return true;
    case "entity": {
      const entity = event.data as Entity | undefined;
      // An edit is patched into the rows that show it; a new, archived or deleted entity changes which rows there are.
      if (event.type === "entity.updated" && entity && !entity.archivedAt) patchGridEntity(queryClient, orgId, entity);
      else invalidateSoon(queryClient, projectId ? queryKeys.grids(orgId, projectId) : queryKeys.allGrids(orgId));
      invalidateSoon(queryClient, projectId ? queryKeys.entities(orgId, projectId) : projects);
      return true;
    }
    case "import":
      return true;
    default:
      return false;
  }
}
