import { z } from "zod";
import { pageQuery, recordMeta, trimmed, versioned } from "../core/common";
import { versionSchema } from "./versions";

/** Playlists for dailies (TRK-7): an ordered list of versions of one project. */
export const playlistSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  reviewDate: z.iso.date().nullable(),
  itemCount: z.number().int(),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type Playlist = z.infer<typeof playlistSchema>;

export const playlistDetailSchema = playlistSchema.extend({ items: z.array(versionSchema) });
export type PlaylistDetail = z.infer<typeof playlistDetailSchema>;

const versionIds = z.array(z.uuid()).min(1).max(500);

export const createPlaylistBody = z.object({
  name: trimmed(200),
  reviewDate: z.iso.date().nullish(),
  versionIds: z.array(z.uuid()).max(500).default([]),
});
export type CreatePlaylistBody = z.input<typeof createPlaylistBody>;

export const updatePlaylistBody = z.object({
  name: trimmed(200).optional(),
  reviewDate: z.iso.date().nullish(),
  archived: z.boolean().optional(),
  ...versioned,
});
export type UpdatePlaylistBody = z.input<typeof updatePlaylistBody>;

/** Appends versions (already present ones are left where they are). */
export const addPlaylistItemsBody = z.object({ versionIds });
/** The complete new order: exactly the playlist's versions, each once. */
export const reorderPlaylistBody = z.object({ versionIds });

export const playlistListQuery = pageQuery.extend({ archived: z.stringbool().default(false) });

export const playlistItemParams = z.object({ orgId: z.uuid(), id: z.uuid(), versionId: z.uuid() });
