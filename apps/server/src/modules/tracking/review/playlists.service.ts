import { and, eq, inArray, max, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createPlaylistBody, PlaylistDetail, updatePlaylistBody } from "@backlot/contracts/tracking/playlists";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Queryable, Tx } from "../../../platform/db/pool";
import { AppError, fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { requireProject } from "../projects/projects.service";
import { playlistItems, playlists, versions } from "../tracking.schema";
import { presentPlaylist, presentPlaylistDetail } from "./playlists.presenter";
import { getPlaylist, type PlaylistRow, playlistVersionIds } from "./playlists.repo";
import { sqlArray } from "../../../platform/db/sql-array";

export async function requirePlaylist(db: Queryable, organizationId: string, id: string, lock = false): Promise<PlaylistRow> {
  const row = await getPlaylist(db, organizationId, id, lock);
  if (!row) throw notFound("Playlist");
  return row;
}

/** Versions in a playlist must be versions of the playlist's project. */
async function checkVersions(tx: Tx, organizationId: string, projectId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length !== ids.length) throw fieldError("body.versionIds", "A version is listed twice");
  if (unique.length === 0) return;
  const found = await tx
    .select({ id: versions.id })
    .from(versions)
    .where(and(eq(versions.organizationId, organizationId), eq(versions.projectId, projectId), inArray(versions.id, unique)));
  if (found.length !== unique.length) throw fieldError("body.versionIds", "Every version must be a version of this playlist's project");
}

async function appendItems(tx: Tx, organizationId: string, playlistId: string, versionIds: readonly string[]) {
  if (versionIds.length === 0) return;
  const [last] = await tx
    .select({ n: max(playlistItems.sortOrder) })
    .from(playlistItems)
    .where(and(eq(playlistItems.organizationId, organizationId), eq(playlistItems.playlistId, playlistId)));
  const start = (last?.n ?? -1) + 1;
  await tx.insert(playlistItems).values(versionIds.map((versionId, i) => ({ organizationId, playlistId, versionId, sortOrder: start + i })));
}

/** Item changes bump the playlist's version so open screens know their list is stale. */
async function touch(tx: Tx, record: RecordChange, actor: Actor, before: PlaylistRow): Promise<PlaylistDetail> {
  await tx
    .update(playlists)
    .set({ version: sql`${playlists.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
    .where(and(eq(playlists.organizationId, before.organizationId), eq(playlists.id, before.id)));
  const after = await requirePlaylist(tx, before.organizationId, before.id);
  const { organizationId, id } = before;
  record({
    organizationId,
    recordType: "playlist",
    recordId: id,
    action: "update",
    before: presentPlaylist(before),
    after: presentPlaylist(after),
    event: "playlist.changed",
  });
  return presentPlaylistDetail(tx, after);
}

export function createPlaylist(db: Db, actor: Actor, organizationId: string, projectId: string, body: z.output<typeof createPlaylistBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    await requireProject(tx, organizationId, projectId);
    await checkVersions(tx, organizationId, projectId, body.versionIds);
    const id = uuidv7();
    await tx
      .insert(playlists)
      .values({ organizationId, id, projectId, name: body.name, reviewDate: body.reviewDate ?? null, createdBy: actor.userId, updatedBy: actor.userId });
    await appendItems(tx, organizationId, id, body.versionIds);
    const row = await requirePlaylist(tx, organizationId, id);
    record({ organizationId, recordType: "playlist", recordId: id, action: "create", after: presentPlaylist(row), event: "playlist.changed" });
    return presentPlaylistDetail(tx, row);
  });
}

export function updatePlaylist(db: Db, actor: Actor, organizationId: string, id: string, body: z.output<typeof updatePlaylistBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requirePlaylist(tx, organizationId, id);
    const fields: Partial<typeof playlists.$inferInsert> = { name: body.name, reviewDate: body.reviewDate };
    if (body.archived !== undefined) fields.archivedAt = body.archived ? (before.archivedAt ?? new Date()) : null;
    const action = body.archived === undefined || Boolean(before.archivedAt) === body.archived ? "update" : body.archived ? "archive" : "restore";
    await saveVersioned(tx, record, {
      table: playlists,
      before,
      fields,
      version: body.version,
      actorId: actor.userId,
      present: (row) => presentPlaylist({ ...row, itemCount: before.itemCount }),
      recordType: "playlist",
      action,
      event: "playlist.changed",
    });
    return presentPlaylistDetail(tx, await requirePlaylist(tx, organizationId, id));
  });
}

/** Appends versions; ones already in the playlist keep their place. */
export function addPlaylistItems(db: Db, actor: Actor, organizationId: string, id: string, versionIds: string[]) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requirePlaylist(tx, organizationId, id, true);
    await checkVersions(tx, organizationId, before.projectId, versionIds);
    const present = new Set(await playlistVersionIds(tx, organizationId, id));
    const added = versionIds.filter((v) => !present.has(v));
    if (added.length === 0) return presentPlaylistDetail(tx, before);
    await appendItems(tx, organizationId, id, added);
    return touch(tx, record, actor, before);
  });
}

export function removePlaylistItem(db: Db, actor: Actor, organizationId: string, id: string, versionId: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requirePlaylist(tx, organizationId, id, true);
    const removed = await tx
      .delete(playlistItems)
      .where(and(eq(playlistItems.organizationId, organizationId), eq(playlistItems.playlistId, id), eq(playlistItems.versionId, versionId)))
      .returning({ versionId: playlistItems.versionId });
    if (removed.length === 0) throw notFound("Version in this playlist");
    return touch(tx, record, actor, before);
  });
}

/** Sets the playing order; the list must name exactly the playlist's versions (else 409 with the current list). */
export function reorderPlaylist(db: Db, actor: Actor, organizationId: string, id: string, versionIds: string[]) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requirePlaylist(tx, organizationId, id, true);
    if (new Set(versionIds).size !== versionIds.length) throw fieldError("body.versionIds", "A version is listed twice");
    const current = await playlistVersionIds(tx, organizationId, id);
    const same = current.length === versionIds.length && versionIds.every((v) => current.includes(v));
    if (!same) {
      throw new AppError("conflict", 409, "The playlist's versions changed since you loaded it; reload and reorder again", {
        current: await presentPlaylistDetail(tx, before),
      });
    }
    if (current.every((v, i) => versionIds[i] === v)) return presentPlaylistDetail(tx, before);
    // One statement for the whole order; the ids are validated UUIDs, so the array literal is safe.
    await tx.execute(sql`
      UPDATE ${playlistItems} p SET sort_order = o.ord - 1
      FROM unnest(${sqlArray(versionIds)}::uuid[]) WITH ORDINALITY AS o(version_id, ord)
      WHERE p.organization_id = ${organizationId} AND p.playlist_id = ${id} AND p.version_id = o.version_id`);
    return touch(tx, record, actor, before);
  });
}
