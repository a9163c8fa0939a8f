import { and, asc, eq, getTableColumns, gt } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { users } from "../../../platform/db/schema";
import { comments } from "../../tracking/tracking.schema";

export type CommentRow = typeof comments.$inferSelect & { authorName: string | null };

function selectComments(db: Queryable) {
  return db
    .select({ ...getTableColumns(comments), authorName: users.name })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId));
}

/** A record's comments in the order they were written (UUIDv7 ids); replies name their parent. */
export async function listComments(
  db: Queryable,
  organizationId: string,
  record: { recordType: string; recordId: string },
  page: { after: string | null; limit: number },
): Promise<CommentRow[]> {
  return selectComments(db)
    .where(
      and(
        eq(comments.organizationId, organizationId),
        eq(comments.recordType, record.recordType),
        eq(comments.recordId, record.recordId),
        page.after ? gt(comments.id, page.after) : undefined,
      ),
    )
    .orderBy(asc(comments.id))
    .limit(page.limit);
}

export async function getComment(db: Queryable, organizationId: string, id: string): Promise<CommentRow | null> {
  const [row] = await selectComments(db).where(and(eq(comments.organizationId, organizationId), eq(comments.id, id)));
  return row ?? null;
}
