import type { Version } from "@backlot/contracts/tracking/versions";
import { fileContentUrl, fileThumbnailUrl } from "../../../../lib/files";
import type { MediaSource } from "./version-media";

/** Where the signed-in app loads a version's media from. */
export function versionSource(orgId: string, version: Version): MediaSource | null {
  const f = version.file;
  if (!f) return null;
  return {
    name: f.originalName,
    contentType: f.contentType,
    contentUrl: fileContentUrl(orgId, f.id),
    thumbnailUrl: f.hasThumbnail ? fileThumbnailUrl(orgId, f.id) : null,
  };
}
