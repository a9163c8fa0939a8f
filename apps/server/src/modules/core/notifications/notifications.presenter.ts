import type { Notification } from "@backlot/contracts/core/notifications";
import type { NotificationRow } from "./notifications.repo";

export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    userId: row.userId,
    kind: row.kind as Notification["kind"],
    recordType: row.recordType,
    recordId: row.recordId,
    projectId: row.projectId,
    title: row.title,
    body: row.body,
    actorId: row.actorId,
    actorName: row.actorName,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
