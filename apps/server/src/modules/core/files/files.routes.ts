import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgRecordParams } from "@backlot/contracts/core/common";
import { fileContentQuery, fileSchema } from "@backlot/contracts/core/files";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { notFound } from "../../../platform/http/app-error";
import { requireAccess } from "../access/require-access";
import { orgParams } from "@backlot/contracts/core/common";
import { sendStored } from "./file-send";
import { presentFile } from "./files.presenter";
import { type FileRow, getFile } from "./files.repo";
import { uploadFile } from "./files.service";

const tags = ["Files"];
const base = "/organizations/:orgId/files";

/** Files and thumbnails (CORE-8); every read checks the caller's access to the organization. */
export function fileRoutes({ db, storage, log, config }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    // Multipart parsing is enabled for this plugin's routes only; the rest of the API is JSON.
    await app.register(multipart, { limits: { fileSize: config.uploadLimit } });

    const requireFile = async (orgId: string, id: string): Promise<FileRow> => {
      const row = await getFile(db, orgId, id);
      if (!row) throw notFound("File");
      return row;
    };

    app.post(
      base,
      {
        schema: {
          tags,
          summary: "Upload a file (multipart/form-data, one part named `file`)",
          description: `Images, video, audio and PDF, detected from the content. At most ${config.uploadLimit} bytes. Images (and videos, when ffmpeg is installed) get a thumbnail.`,
          consumes: ["multipart/form-data"],
          params: orgParams,
          response: { 201: fileSchema },
        },
      },
      async (request, reply) => {
        await requireAccess(db, request, request.params.orgId, "file.upload");
        const file = await uploadFile({ db, storage, log, uploadLimit: config.uploadLimit }, requireActor(request), request.params.orgId, request);
        return reply.status(201).send(file);
      },
    );

    app.get(`${base}/:id`, { schema: { tags, summary: "A file's details", params: orgRecordParams, response: { 200: fileSchema } } }, async (request) => {
      await requireAccess(db, request, request.params.orgId, "file.read");
      return presentFile(await requireFile(request.params.orgId, request.params.id));
    });

    app.get(
      `${base}/:id/content`,
      { schema: { tags, summary: "Download a file (supports Range)", params: orgRecordParams, querystring: fileContentQuery } },
      async (request, reply) => {
        await requireAccess(db, request, request.params.orgId, "file.read");
        const row = await requireFile(request.params.orgId, request.params.id);
        return sendStored(request, reply, storage, {
          key: row.storageKey,
          contentType: row.contentType,
          size: row.sizeBytes,
          etag: row.sha256,
          fileName: row.originalName,
          download: request.query.download,
        });
      },
    );

    app.get(`${base}/:id/thumbnail`, { schema: { tags, summary: "A file's thumbnail (WebP)", params: orgRecordParams } }, async (request, reply) => {
      await requireAccess(db, request, request.params.orgId, "file.read");
      const row = await requireFile(request.params.orgId, request.params.id);
      if (!row.thumbnailKey) throw notFound("Thumbnail");
      return sendStored(request, reply, storage, {
        key: row.thumbnailKey,
        contentType: "image/webp",
        size: null,
        etag: `${row.sha256}-thumb`,
        fileName: `${row.originalName}.webp`,
        download: false,
      });
    });
  };
}
