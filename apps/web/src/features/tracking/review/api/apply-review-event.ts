import type { Comment } from "@backlot/contracts/core/comments";
import type { LiveEvent } from "@backlot/contracts/core/events";
import type { Notification } from "@backlot/contracts/core/notifications";
import type { Entity } from "@backlot/contracts/tracking/entities";
import type { Task } from "@backlot/contracts/tracking/tasks";
import type { Version } from "@backlot/contracts/tracking/versions";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../../../../lib/query-keys";
import { type CommentPages, putComment } from "../../../comments/api/comments-api";
import { patchNotification } from "../../../inbox/api/inbox-api";
import { patchVersion } from "../../versions/api/versions-api";

/** Replaces a cached record with the event's copy unless the cache is already newer; never adds one. */
function newerOf<T extends { version: number }>(incoming: T) {
  return (old: T | undefined) => {
    if (!old) return old;
    return old.version > incoming.version ? old : incoming;
  };
}

/**
 * Live events for review, comments, the inbox, time and saved views (CORE-10). Returns true
 * when the event is fully handled here; task and entity events also patch the task drawer
 * but return false, so the grid and boards get them too.
 */
export function applyReviewEvent(queryClient: QueryClient, orgId: string, event: LiveEvent): boolean {
  const invalidate = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
  const data = event.data as Record<string, unknown> | undefined;
  switch (event.recordType) {
    // dependency.changed and casting.changed name a task or an entity but carry a summary, not the record.
    case "task":
      if (data && event.type.startsWith("task.")) queryClient.setQueryData<Task>(queryKeys.taskDetail(orgId, event.recordId), newerOf(data as Task));
      return false;
    case "entity":
      if (data && event.type.startsWith("entity.")) queryClient.setQueryData<Entity>(queryKeys.entityDetail(orgId, event.recordId), newerOf(data as Entity));
      return false;
    case "version": {
      const version = data as Version | undefined;
      if (version) patchVersion(queryClient, orgId, version);
      // A new version changes which versions a project lists; an updated one is patched above.
      if (event.type === "version.created") invalidate(version ? queryKeys.projectVersions(orgId, version.projectId) : queryKeys.versions(orgId));
      return true;
    }
    case "playlist":
      invalidate(queryKeys.playlist(orgId, event.recordId));
      invalidate(data?.projectId ? queryKeys.playlistLists(orgId, data.projectId as string) : queryKeys.playlists(orgId));
      return true;
    case "review_link":
      invalidate(data?.playlistId ? queryKeys.reviewLinks(orgId, data.playlistId as string) : queryKeys.playlists(orgId));
      return true;
    case "comment": {
      const comment = data as Comment | undefined;
      if (comment && event.type !== "comment.deleted") {
        queryClient.setQueryData<CommentPages>(queryKeys.comments(orgId, comment.recordType, comment.recordId), (old) => putComment(old, comment));
      } else invalidate(comment ? queryKeys.comments(orgId, comment.recordType, comment.recordId) : queryKeys.allComments(orgId));
      return true;
    }
    case "notification":
      // Only the recipient receives these.
      if (event.type === "notification.updated" && data) patchNotification(queryClient, orgId, data as Notification);
      else invalidate([...queryKeys.inbox(orgId), "list"]);
      invalidate(queryKeys.unreadCount(orgId));
      return true;
    case "time_log":
      invalidate(queryKeys.time(orgId));
      return true;
    case "saved_view":
      invalidate(queryKeys.savedViews(orgId));
      return true;
    case "file":
      return true;
    default:
      return false;
  }
}
