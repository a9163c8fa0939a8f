import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgRecordParams } from "@backlot/contracts/core/common";
import { createdReviewLinkSchema, createReviewLinkBody, reviewLinkSchema } from "@backlot/contracts/tracking/review-links";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { createReviewLink, listReviewLinks, revokeReviewLink } from "./review-links.service";

const tags = ["Review links"];

/** Managing client review links of a playlist (TRK-7); the client side is public-review.routes. */
export function reviewLinkRoutes({ db, config }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/playlists/:id/review-links",
      {
        schema: {
          tags,
          summary: "A playlist's review links (tokens are never shown again)",
          params: orgRecordParams,
          response: { 200: z.object({ items: z.array(reviewLinkSchema) }) },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "review.manage");
        return { items: await listReviewLinks(db, request.params.orgId, request.params.id) };
      },
    );

    app.post(
      "/organizations/:orgId/playlists/:id/review-links",
      {
        // A replayed create must not hand out the secret again: it is shown exactly once.
        config: { idempotent: true, idempotencyRedact: ["token", "url"] },
        schema: {
          tags,
          summary: "Share a playlist with a client: a link with an optional expiry and password",
          params: orgRecordParams,
          body: createReviewLinkBody,
          response: { 201: createdReviewLinkSchema },
        },
      },
      async (request, reply) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "review.manage");
        return reply.status(201).send(await createReviewLink(db, requireActor(request), config.publicUrl, orgId, id, request.body));
      },
    );

    app.post(
      "/organizations/:orgId/review-links/:id/revoke",
      { schema: { tags, summary: "Revoke a review link at once", params: orgRecordParams, response: { 200: reviewLinkSchema } } },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "review.manage");
        return revokeReviewLink(db, requireActor(request), request.params.orgId, request.params.id);
      },
    );
  };
}
