import type { FileInfo } from "@backlot/contracts/core/files";
import type { FileRow } from "./files.repo";

export function presentFile(row: FileRow): FileInfo {
  return {
    id: row.id,
    originalName: row.originalName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    width: row.width,
    height: row.height,
    hasThumbnail: row.thumbnailKey !== null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}
