import { and, count, desc, eq, getTableColumns, isNull, lt } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { users } from "../../../platform/db/schema";
import { notifications } from "../../tracking/tracking.schema";

export type NotificationRow = typeof notifications.$inferSelect & { actorName: string | null };

function selectNotifications(db: Queryable) {
  return db
    .select({ ...getTableColumns(notifications), actorName: users.name })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId));
}

const mine = (organizationId: string, userId: string) => and(eq(notifications.organizationId, organizationId), eq(notifications.userId, userId));

/** The user's inbox, newest first (ids are UUIDv7, so id order is time order). */
export async function listNotifications(
  db: Queryable,
  organizationId: string,
  userId: string,
  query: { unread: boolean; before: string | null; limit: number },
): Promise<NotificationRow[]> {
  return selectNotifications(db)
    .where(
      and(mine(organizationId, userId), query.unread ? isNull(notifications.readAt) : undefined, query.before ? lt(notifications.id, query.before) : undefined),
    )
    .orderBy(desc(notifications.id))
    .limit(query.limit);
}

export async function countUnread(db: Queryable, organizationId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(organizationId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Only the recipient's own notification; anyone else's is "not found". */
export async function getOwnNotification(db: Queryable, organizationId: string, userId: string, id: string): Promise<NotificationRow | null> {
  const [row] = await selectNotifications(db).where(and(mine(organizationId, userId), eq(notifications.id, id)));
  return row ?? null;
}
