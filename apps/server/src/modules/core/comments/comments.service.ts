import { and, eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { Comment, CommentRecordType, createCommentBody, updateCommentBody } from "@backlot/contracts/core/comments";
import type { Action } from "@backlot/contracts/core/roles";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Tx } from "../../../platform/db/pool";
import { fieldError, forbidden, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { comments } from "../../tracking/tracking.schema";
import type { Access } from "../access/access.repo";
import { loadAccess } from "../access/access.repo";
import { authorize } from "../access/authorize";
import { getFiles } from "../files/files.repo";
import { excerpt, notify } from "../notifications/notifications.service";
import { requireTarget } from "./comment-targets";
import { attachmentsOf, type FileLookup, presentComment } from "./comments.presenter";
import { type CommentRow, getComment } from "./comments.repo";
import { plainText, renderMarkdown } from "./markdown";
import { resolveMentions } from "./mentions";

type Target = { recordType: CommentRecordType; recordId: string; label: string; projectId: string | null; readAction: Action };

export type NewComment = {
  organizationId: string;
  /** Null for a note left through a client review link. */
  author: { id: string; name: string } | null;
  target: Target;
  parentId?: string | null;
  body: string;
  clientVisible: boolean;
  attachmentIds: readonly string[];
};

async function checkAttachments(tx: Tx, organizationId: string, ids: readonly string[]): Promise<FileLookup> {
  const unique = [...new Set(ids)];
  const found = await getFiles(tx, organizationId, unique);
  if (found.length !== unique.length) throw fieldError("body.attachmentIds", "Every attachment must be a file uploaded to this organization");
  return new Map(found.map((f) => [f.id, f]));
}

async function checkParent(tx: Tx, input: NewComment) {
  if (!input.parentId) return;
  const parent = await getComment(tx, input.organizationId, input.parentId);
  const sameRecord = parent?.recordType === input.target.recordType && parent.recordId === input.target.recordId;
  if (!parent || !sameRecord || parent.deletedAt) throw fieldError("body.parentId", "Reply to a comment on the same record");
}

/** Mentioned members who may read the record get an inbox notification; others are skipped. */
async function notifyMentioned(tx: Tx, record: RecordChange, input: NewComment, userIds: readonly string[]) {
  const readers: string[] = [];
  for (const userId of userIds) {
    const access = await loadAccess(tx, input.organizationId, userId);
    if (access && authorize(access, input.target.readAction).allowed) readers.push(userId);
  }
  await notify(tx, record, {
    organizationId: input.organizationId,
    userIds: readers,
    kind: "mention",
    recordType: input.target.recordType,
    recordId: input.target.recordId,
    projectId: input.target.projectId,
    title: `${input.author?.name ?? "A client"} mentioned you on ${input.target.label}`,
    body: excerpt(plainText(input.body)),
    actorId: input.author?.id ?? null,
  });
}

/** Adds a comment in the caller's transaction (also used for review notes) and notifies mentions. */
export async function addComment(tx: Tx, record: RecordChange, input: NewComment): Promise<Comment> {
  await checkParent(tx, input);
  const files = await checkAttachments(tx, input.organizationId, input.attachmentIds);
  const mentioned = await resolveMentions(tx, input.organizationId, renderMarkdown(input.body).mentions);
  const [row] = await tx
    .insert(comments)
    .values({
      organizationId: input.organizationId,
      id: uuidv7(),
      recordType: input.target.recordType,
      recordId: input.target.recordId,
      parentId: input.parentId ?? null,
      body: input.body,
      clientVisible: input.clientVisible,
      attachmentIds: [...new Set(input.attachmentIds)],
      mentions: mentioned,
      authorId: input.author?.id ?? null,
      createdBy: input.author?.id ?? null,
      updatedBy: input.author?.id ?? null,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const after = presentComment({ ...row, authorName: input.author?.name ?? null }, files);
  record({ organizationId: input.organizationId, recordType: "comment", recordId: row.id, action: "create", after, event: "comment.created" });
  await notifyMentioned(tx, record, input, mentioned);
  return after;
}

/** The record's comments are readable by whoever may read the record itself. */
export async function requireReadableTarget(db: Tx | Db, access: Access, recordType: CommentRecordType, recordId: string): Promise<Target> {
  const target = await requireTarget(db, access.organizationId, recordType, recordId);
  const decision = authorize(access, target.readAction);
  if (!decision.allowed) throw forbidden(decision.reason);
  return { recordType, recordId, ...target };
}

export function createComment(db: Db, actor: Actor, access: Access, body: z.output<typeof createCommentBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const target = await requireReadableTarget(tx, access, body.recordType, body.recordId);
    return addComment(tx, record, { ...body, organizationId: access.organizationId, author: { id: actor.userId, name: actor.name }, target });
  });
}

async function requireOwnComment(tx: Tx, actor: Actor, organizationId: string, id: string): Promise<CommentRow> {
  const row = await getComment(tx, organizationId, id);
  if (!row || row.deletedAt) throw notFound("Comment");
  if (row.authorId !== actor.userId) throw forbidden("Only the author of a comment can change or delete it.");
  return row;
}

export function updateComment(db: Db, actor: Actor, access: Access, id: string, body: z.output<typeof updateCommentBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireOwnComment(tx, actor, access.organizationId, id);
    const target = await requireReadableTarget(tx, access, before.recordType as CommentRecordType, before.recordId);
    if (body.attachmentIds) await checkAttachments(tx, access.organizationId, body.attachmentIds);
    const files = await attachmentsOf(tx, access.organizationId, [before, { attachmentIds: body.attachmentIds ?? [] }]);
    const fields: Partial<typeof comments.$inferInsert> = { clientVisible: body.clientVisible };
    if (body.attachmentIds) fields.attachmentIds = [...new Set(body.attachmentIds)];
    let newlyMentioned: string[] = [];
    if (body.body !== undefined && body.body !== before.body) {
      const mentioned = await resolveMentions(tx, access.organizationId, renderMarkdown(body.body).mentions);
      newlyMentioned = mentioned.filter((u) => !before.mentions.includes(u));
      Object.assign(fields, { body: body.body, mentions: mentioned, editedAt: new Date() });
    }
    const after = await saveVersioned(tx, record, {
      table: comments,
      before,
      fields,
      version: body.version,
      actorId: actor.userId,
      present: (row) => presentComment({ ...row, authorName: before.authorName }, files),
      recordType: "comment",
      event: "comment.updated",
    });
    const input = {
      organizationId: access.organizationId,
      author: { id: actor.userId, name: actor.name },
      target,
      body: after.body,
      clientVisible: false,
      attachmentIds: [],
    };
    await notifyMentioned(tx, record, input, newlyMentioned);
    return after;
  });
}

/** Soft delete: the comment becomes a tombstone in its thread; its text stays in the history. */
export function deleteComment(db: Db, actor: Actor, organizationId: string, id: string) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireOwnComment(tx, actor, organizationId, id);
    const [row] = await tx
      .update(comments)
      .set({ deletedAt: new Date(), version: sql`${comments.version} + 1`, updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(comments.organizationId, organizationId), eq(comments.id, id)))
      .returning();
    if (!row) throw notFound("Comment");
    const files = await attachmentsOf(tx, organizationId, [before]);
    const after = presentComment({ ...row, authorName: before.authorName }, files);
    record({ organizationId, recordType: "comment", recordId: id, action: "delete", before: presentComment(before, files), after, event: "comment.deleted" });
  });
}
