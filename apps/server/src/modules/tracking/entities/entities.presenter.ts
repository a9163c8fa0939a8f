import type { Entity } from "@backlot/contracts/tracking/entities";
import { iso, presentMeta } from "../projects/projects.presenter";
import type { entities } from "../tracking.schema";

export type EntityRow = typeof entities.$inferSelect & { parentCode: string | null };

export function cutDuration(frameIn: number | null, frameOut: number | null): number | null {
  return frameIn == null || frameOut == null ? null : frameOut - frameIn + 1;
}

export function presentEntity(row: EntityRow): Entity {
  return {
    id: row.id,
    projectId: row.projectId,
    typeKey: row.typeKey,
    code: row.code,
    name: row.name,
    description: row.description,
    parentId: row.parentId,
    parentCode: row.parentCode,
    assetType: row.assetType,
    frameIn: row.frameIn,
    frameOut: row.frameOut,
    fps: row.fps,
    cutDuration: cutDuration(row.frameIn, row.frameOut),
    thumbnailFileId: row.thumbnailFileId,
    custom: row.custom,
    tags: row.tags,
    sortOrder: row.sortOrder,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}
