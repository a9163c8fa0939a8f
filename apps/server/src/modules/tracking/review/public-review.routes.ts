import rateLimit from "@fastify/rate-limit";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  publicNoteBody,
  publicReviewNoteSchema,
  publicReviewSchema,
  reviewMediaQuery,
  reviewPasswordHeader,
  reviewTokenFileParams,
  reviewTokenParams,
  reviewTokenVersionParams,
} from "@backlot/contracts/tracking/review-links";
import type { Deps } from "../../../platform/deps";
import { notFound } from "../../../platform/http/app-error";
import { sendStored } from "../../core/files/file-send";
import { getFile } from "../../core/files/files.repo";
import { addClientNote, openLink, openLinkFile, presentPublicReview } from "./public-review.service";

const tags = ["Client review (public)"];
const minute = 60_000;

/**
 * The client's side of a review link (TRK-7): no sign-in, the token is the credential. It
 * shows one playlist only, and every route is rate-limited per client address (per node).
 */
export function publicReviewRoutes({ db, storage }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // Registered inside this plugin, so the limits apply to these routes only.
    await app.register(rateLimit, { global: true, max: 600, timeWindow: minute });

    const password = (headers: Record<string, unknown>) => {
      const value = headers[reviewPasswordHeader];
      return typeof value === "string" ? value : undefined;
    };

    app.get(
      "/review/:token",
      {
        config: { public: true, rateLimit: { max: 60, timeWindow: minute } },
        schema: {
          tags,
          summary: `Open a review link (send the password in ${reviewPasswordHeader} when it has one)`,
          security: [],
          params: reviewTokenParams,
          response: { 200: publicReviewSchema },
        },
      },
      async (request, reply) => {
        const open = await openLink(db, request.params.token, password(request.headers));
        reply.header("cache-control", "no-store").header("referrer-policy", "no-referrer");
        return presentPublicReview(db, request.params.token, open);
      },
    );

    for (const kind of ["content", "thumbnail"] as const) {
      app.get(
        `/review/:token/files/:fileId/${kind}`,
        {
          config: { public: true },
          schema: { tags, summary: `A reviewed file's ${kind}`, security: [], params: reviewTokenFileParams, querystring: reviewMediaQuery },
        },
        async (request, reply) => {
          const { token, fileId } = request.params;
          const open = await openLinkFile(db, token, fileId, request.query.key);
          const file = await getFile(db, open.link.organizationId, fileId);
          const key = kind === "content" ? file?.storageKey : file?.thumbnailKey;
          if (!file || !key) throw notFound(kind === "content" ? "File" : "Thumbnail");
          const sendable =
            kind === "content"
              ? { key, contentType: file.contentType, size: file.sizeBytes, etag: file.sha256, fileName: file.originalName, download: false }
              : { key, contentType: "image/webp", size: null, etag: `${file.sha256}-thumb`, fileName: `${file.originalName}.webp`, download: false };
          reply.header("referrer-policy", "no-referrer");
          return sendStored(request, reply, storage, sendable);
        },
      );
    }

    app.post(
      "/review/:token/versions/:versionId/notes",
      {
        config: { public: true, rateLimit: { max: 20, timeWindow: minute } },
        schema: {
          tags,
          summary: "Leave a note (and optionally approve or ask for a retake) as the client",
          security: [],
          params: reviewTokenVersionParams,
          body: publicNoteBody,
          response: { 201: publicReviewNoteSchema },
        },
      },
      async (request, reply) => {
        const open = await openLink(db, request.params.token, password(request.headers));
        return reply.status(201).send(await addClientNote(db, open, request.params.versionId, request.body));
      },
    );
  };
}
