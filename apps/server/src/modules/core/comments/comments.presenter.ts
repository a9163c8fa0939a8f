import type { Comment } from "@backlot/contracts/core/comments";
import type { Queryable } from "../../../platform/db/pool";
import { presentMeta } from "../../tracking/projects/projects.presenter";
import { presentFile } from "../files/files.presenter";
import { type FileRow, getFiles } from "../files/files.repo";
import type { CommentRow } from "./comments.repo";
import { renderMarkdown } from "./markdown";

export type FileLookup = Map<string, FileRow>;

/** The files the comments attach, fetched in one query. */
export async function attachmentsOf(db: Queryable, organizationId: string, rows: { attachmentIds: string[] }[]): Promise<FileLookup> {
  const files = await getFiles(
    db,
    organizationId,
    rows.flatMap((r) => r.attachmentIds),
  );
  return new Map(files.map((f) => [f.id, f]));
}

/** A deleted comment stays in its thread as an empty tombstone so replies keep their place. */
export function presentComment(row: CommentRow, files: FileLookup): Comment {
  const deleted = row.deletedAt !== null;
  return {
    id: row.id,
    recordType: row.recordType as Comment["recordType"],
    recordId: row.recordId,
    parentId: row.parentId,
    body: deleted ? "" : row.body,
    bodyHtml: deleted ? "" : renderMarkdown(row.body).html,
    clientVisible: row.clientVisible,
    attachments: deleted ? [] : row.attachmentIds.flatMap((id) => (files.has(id) ? [presentFile(files.get(id) as FileRow)] : [])),
    mentionedUserIds: deleted ? [] : row.mentions,
    authorId: row.authorId,
    authorName: row.authorName,
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    ...presentMeta(row),
  };
}
