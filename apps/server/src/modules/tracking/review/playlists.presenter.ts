import type { Playlist, PlaylistDetail } from "@backlot/contracts/tracking/playlists";
import type { Queryable } from "../../../platform/db/pool";
import { iso, presentMeta } from "../projects/projects.presenter";
import type { PlaylistRow } from "./playlists.repo";
import { playlistVersionIds } from "./playlists.repo";
import { presentVersion } from "./versions.presenter";
import { getVersions } from "./versions.repo";

export function presentPlaylist(row: PlaylistRow): Playlist {
  return {
    id: row.id,
    projectId: row.projectId,
    name: row.name,
    reviewDate: row.reviewDate,
    itemCount: row.itemCount,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}

/** The playlist with its versions in playing order. */
export async function presentPlaylistDetail(db: Queryable, row: PlaylistRow): Promise<PlaylistDetail> {
  const ids = await playlistVersionIds(db, row.organizationId, row.id);
  const byId = new Map((await getVersions(db, row.organizationId, ids)).map((v) => [v.version.id, v]));
  const items = ids.flatMap((id) => {
    const v = byId.get(id);
    return v ? [presentVersion(v)] : [];
  });
  return { ...presentPlaylist(row), items };
}
