import { and, asc, desc, eq, getTableColumns, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { playlistItems, playlists } from "../tracking.schema";

export type PlaylistRow = typeof playlists.$inferSelect & { itemCount: number };

const itemCount = sql<number>`(SELECT count(*)::int FROM ${playlistItems} pi WHERE pi.organization_id = ${playlists.organizationId} AND pi.playlist_id = ${playlists.id})`;

function selectPlaylists(db: Queryable) {
  return db.select({ ...getTableColumns(playlists), itemCount }).from(playlists);
}

export async function getPlaylist(db: Queryable, organizationId: string, id: string, lock = false): Promise<PlaylistRow | null> {
  const where = and(eq(playlists.organizationId, organizationId), eq(playlists.id, id));
  if (lock) {
    // Item changes of one playlist run one at a time (append positions, reorders).
    await db.select({ id: playlists.id }).from(playlists).where(where).for("update");
  }
  const [row] = await selectPlaylists(db).where(where);
  return row ?? null;
}

/** Newest first. */
export async function listPlaylists(db: Queryable, organizationId: string, projectId: string, q: { archived: boolean; before: string | null; limit: number }) {
  return selectPlaylists(db)
    .where(
      and(
        eq(playlists.organizationId, organizationId),
        eq(playlists.projectId, projectId),
        q.archived ? isNotNull(playlists.archivedAt) : isNull(playlists.archivedAt),
        q.before ? lt(playlists.id, q.before) : undefined,
      ),
    )
    .orderBy(desc(playlists.id))
    .limit(q.limit);
}

export async function playlistVersionIds(db: Queryable, organizationId: string, playlistId: string): Promise<string[]> {
  const rows = await db
    .select({ versionId: playlistItems.versionId })
    .from(playlistItems)
    .where(and(eq(playlistItems.organizationId, organizationId), eq(playlistItems.playlistId, playlistId)))
    .orderBy(asc(playlistItems.sortOrder), asc(playlistItems.addedAt));
  return rows.map((r) => r.versionId);
}
