import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { type CommentRecordType, commentListQuery, commentSchema, createCommentBody, updateCommentBody } from "@backlot/contracts/core/comments";
import { orgParams, orgRecordParams, pageOf } from "@backlot/contracts/core/common";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { notFound } from "../../../platform/http/app-error";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../access/require-access";
import { attachmentsOf, presentComment } from "./comments.presenter";
import { getComment, listComments } from "./comments.repo";
import { createComment, deleteComment, requireReadableTarget, updateComment } from "./comments.service";

const tags = ["Comments"];
const base = "/organizations/:orgId/comments";

/** Comments on any record (CORE-5): whoever may read the record may read and add comments. */
export function commentRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "A record's comments, oldest first (replies carry parentId)",
          params: orgParams,
          querystring: commentListQuery,
          response: { 200: pageOf(commentSchema) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        const { recordType, recordId, limit, cursor } = request.query;
        const access = await requireAccess(db, request, orgId, "organization.read");
        await requireReadableTarget(db, access, recordType, recordId);
        const [after] = (decodeCursor(cursor, 1) as [string] | null) ?? [null];
        const rows = await listComments(db, orgId, { recordType, recordId }, { after, limit: limit + 1 });
        const page = toPage(rows, limit, (r) => [r.id]);
        const files = await attachmentsOf(db, orgId, page.items);
        return { items: page.items.map((r) => presentComment(r, files)), nextCursor: page.nextCursor };
      },
    );

    app.get(`${base}/:id`, { schema: { tags, summary: "One comment", params: orgRecordParams, response: { 200: commentSchema } } }, async (request) => {
      const { orgId, id } = request.params;
      const access = await requireAccess(db, request, orgId, "organization.read");
      const row = await getComment(db, orgId, id);
      if (!row) throw notFound("Comment");
      await requireReadableTarget(db, access, row.recordType as CommentRecordType, row.recordId);
      return presentComment(row, await attachmentsOf(db, orgId, [row]));
    });

    app.post(
      base,
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Comment on a record (Markdown, @mentions, attachments)",
          params: orgParams,
          body: createCommentBody,
          response: { 201: commentSchema },
        },
      },
      async (request, reply) => {
        const access = await requireAccess(db, request, request.params.orgId, "comment.create");
        return reply.status(201).send(await createComment(db, requireActor(request), access, request.body));
      },
    );

    app.patch(
      `${base}/:id`,
      { schema: { tags, summary: "Edit my comment", params: orgRecordParams, body: updateCommentBody, response: { 200: commentSchema } } },
      async (request) => {
        const access = await requireAccess(db, request, request.params.orgId, "comment.create");
        return updateComment(db, requireActor(request), access, request.params.id, request.body);
      },
    );

    app.delete(`${base}/:id`, { schema: { tags, summary: "Delete my comment", params: orgRecordParams } }, async (request, reply) => {
      await requireAccess(db, request, request.params.orgId, "comment.create");
      await deleteComment(db, requireActor(request), request.params.orgId, request.params.id);
      return reply.status(204).send();
    });
  };
}
