import type { Version } from "@backlot/contracts/tracking/versions";
import { presentFile } from "../../core/files/files.presenter";
import { presentMeta } from "../projects/projects.presenter";
import type { VersionRow } from "./versions.repo";

export const versionLabel = (n: number) => `v${String(n).padStart(3, "0")}`;

/** "SH010 · Compositing v003": how inbox titles and notes name a version. */
export function versionTitle(row: Pick<VersionRow, "entityCode" | "taskName"> & { number: number }): string {
  return `${row.entityCode ? `${row.entityCode} · ` : ""}${row.taskName} ${versionLabel(row.number)}`;
}

export function presentVersion(row: VersionRow): Version {
  const v = row.version;
  return {
    id: v.id,
    projectId: v.projectId,
    taskId: v.taskId,
    number: v.number,
    label: versionLabel(v.number),
    fileId: v.fileId,
    file: row.file ? presentFile(row.file) : null,
    description: v.description,
    reviewStatus: v.reviewStatus as Version["reviewStatus"],
    submittedBy: v.submittedBy,
    submittedByName: row.submittedByName,
    taskName: row.taskName,
    taskTypeName: row.taskTypeName,
    entityId: row.entityId,
    entityCode: row.entityCode,
    ...presentMeta(v),
  };
}
