import { z } from "zod";
import { pageQuery, recordMeta, versioned } from "./common";
import { fileSchema } from "./files";

/** Records that can be commented on (CORE-5). */
export const commentRecordTypes = ["project", "entity", "task", "version", "playlist", "person"] as const;
export type CommentRecordType = (typeof commentRecordTypes)[number];

/**
 * Mentions are written inline as `@[Label](user:<userId>)`, `@[Label](person:<personId>)` or
 * `@[Label](department:<Department name>)`; the label is what readers see. Each mention is
 * resolved to the members it names, who get an inbox notification.
 */
export const mentionPattern = /@\[([^\]\n]{1,100})\]\((user|person|department):([^)\n]{1,100})\)/g;
export const mentionKinds = ["user", "person", "department"] as const;

export const commentSchema = z.object({
  id: z.uuid(),
  recordType: z.enum(commentRecordTypes),
  recordId: z.uuid(),
  parentId: z.uuid().nullable(),
  body: z.string().describe("Markdown as written; empty once deleted"),
  bodyHtml: z.string().describe('Sanitized HTML rendering of the body; mentions are <span class="mention">'),
  clientVisible: z.boolean(),
  attachments: z.array(fileSchema),
  mentionedUserIds: z.array(z.uuid()),
  authorId: z.uuid().nullable(),
  authorName: z.string().nullable().describe("Null for notes left through a client review link"),
  editedAt: z.iso.datetime({ offset: true }).nullable(),
  deletedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type Comment = z.infer<typeof commentSchema>;

const body = z.string().trim().min(1).max(20_000);
const attachmentIds = z.array(z.uuid()).max(20);

export const createCommentBody = z.object({
  recordType: z.enum(commentRecordTypes),
  recordId: z.uuid(),
  parentId: z.uuid().nullish().describe("Reply to this comment (same record)"),
  body,
  clientVisible: z.boolean().default(false),
  attachmentIds: attachmentIds.default([]),
});
export type CreateCommentBody = z.input<typeof createCommentBody>;

export const updateCommentBody = z.object({
  body: body.optional(),
  clientVisible: z.boolean().optional(),
  attachmentIds: attachmentIds.optional(),
  ...versioned,
});
export type UpdateCommentBody = z.input<typeof updateCommentBody>;

export const commentListQuery = pageQuery.extend({
  recordType: z.enum(commentRecordTypes),
  recordId: z.uuid(),
});
export type CommentListQuery = z.input<typeof commentListQuery>;
