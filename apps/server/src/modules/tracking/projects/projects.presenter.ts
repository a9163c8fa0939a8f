import type { Project } from "@backlot/contracts/tracking/projects";
import type { projects } from "../tracking.schema";

export type ProjectRow = typeof projects.$inferSelect;

export const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Fields every versioned row presents the same way. */
export function presentMeta(row: { version: number; createdAt: Date; updatedAt: Date; createdBy: string | null; updatedBy: string | null }) {
  return {
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
  };
}

export function presentProject(row: ProjectRow): Project {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    code: row.code,
    kind: row.kind as Project["kind"],
    status: row.status as Project["status"],
    startDate: row.startDate,
    endDate: row.endDate,
    clientName: row.clientName,
    description: row.description,
    template: row.template,
    fps: row.fps,
    assetTypes: row.assetTypes,
    tags: row.tags,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}
