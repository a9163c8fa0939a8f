import { and, eq, inArray, isNull } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { NotificationKind } from "@backlot/contracts/core/notifications";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import type { Db, Tx } from "../../../platform/db/pool";
import { memberships, users } from "../../../platform/db/schema";
import { notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { notifications } from "../../tracking/tracking.schema";
import { presentNotification } from "./notifications.presenter";
import { getOwnNotification } from "./notifications.repo";

export type Notice = {
  organizationId: string;
  userIds: readonly string[];
  kind: NotificationKind;
  recordType: string;
  recordId: string;
  projectId?: string | null;
  title: string;
  body?: string | null;
  /** Who caused it; never notified of their own action. */
  actorId: string | null;
};

/** Longest inbox excerpt of a comment or note. */
const excerptLength = 280;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > excerptLength ? `${flat.slice(0, excerptLength - 1)}…` : flat;
}

/**
 * Puts a notification in each recipient's inbox (CORE-9), in the caller's transaction. Only
 * current members of the organization receive it; its live event reaches the recipient alone.
 */
export async function notify(tx: Tx, record: RecordChange, notice: Notice): Promise<string[]> {
  const candidates = [...new Set(notice.userIds)].filter((id) => id !== notice.actorId);
  if (candidates.length === 0) return [];
  const members = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, notice.organizationId), inArray(memberships.userId, candidates)));
  if (members.length === 0) return [];
  const [actor] = notice.actorId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, notice.actorId)) : [];
  const rows = await tx
    .insert(notifications)
    .values(
      members.map((m) => ({
        organizationId: notice.organizationId,
        id: uuidv7(),
        userId: m.userId,
        kind: notice.kind,
        recordType: notice.recordType,
        recordId: notice.recordId,
        projectId: notice.projectId ?? null,
        title: notice.title,
        body: notice.body ?? null,
        actorId: notice.actorId,
      })),
    )
    .returning();
  for (const row of rows) {
    const after = presentNotification({ ...row, actorName: actor?.name ?? null });
    record({
      organizationId: row.organizationId,
      recordType: "notification",
      recordId: row.id,
      action: "create",
      after,
      event: "notification.created",
      audit: false,
    });
  }
  return rows.map((r) => r.userId);
}

export function markNotificationRead(db: Db, actor: Actor, organizationId: string, id: string, read: boolean) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await getOwnNotification(tx, organizationId, actor.userId, id);
    if (!before) throw notFound("Notification");
    if (Boolean(before.readAt) === read) return presentNotification(before);
    const [row] = await tx
      .update(notifications)
      .set({ readAt: read ? new Date() : null })
      .where(and(eq(notifications.organizationId, organizationId), eq(notifications.id, id)))
      .returning();
    if (!row) throw notFound("Notification");
    const after = presentNotification({ ...row, actorName: before.actorName });
    record({ organizationId, recordType: "notification", recordId: id, action: "update", after, event: "notification.updated", audit: false });
    return after;
  });
}

/** Marks the whole inbox read; one event tells the recipient's other tabs. */
export function markAllNotificationsRead(db: Db, actor: Actor, organizationId: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const readAt = new Date();
    const rows = await tx
      .update(notifications)
      .set({ readAt })
      .where(and(eq(notifications.organizationId, organizationId), eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (rows.length > 0) {
      const after = { userId: actor.userId, readAt: readAt.toISOString(), count: rows.length };
      record({ organizationId, recordType: "notification", recordId: actor.userId, action: "update", after, event: "notification.read_all", audit: false });
    }
    return { updated: rows.length };
  });
}
