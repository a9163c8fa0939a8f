import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { MultipartFile } from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { Logger } from "pino";
import { uuidv7 } from "uuidv7";
import type { FileInfo } from "@backlot/contracts/core/files";
import { withChanges } from "../../../platform/audit/changes";
import type { Db } from "../../../platform/db/pool";
import { AppError, fieldError } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import type { Storage } from "../../../platform/storage/storage";
import { files } from "../../tracking/tracking.schema";
import { cleanFileName, isImage, isVideo, sniffBytes, sniffContentType } from "./file-types";
import { presentFile } from "./files.presenter";
import { imageThumbnail, type Thumbnail, videoThumbnail } from "./thumbnails";

export type UploadDeps = { db: Db; storage: Storage; log: Logger; uploadLimit: number };

const fileField = "body.file";

/** Counts, hashes and keeps the first bytes of a stream while it passes through to storage. */
class Meter {
  readonly hash = createHash("sha256");
  size = 0;
  private headParts: Buffer[] = [];
  private headSize = 0;

  async *pass(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const chunks = source[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (err) {
        // Only reading the request fails here (cut off, malformed multipart): the client's problem.
        throw fieldError(fileField, `The upload was cut off or malformed (${(err as Error).message}); send it again`);
      }
      if (next.done) return;
      this.count(next.value);
      yield next.value;
    }
  }

  private count(chunk: Buffer) {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (this.headSize < sniffBytes) {
      this.headParts.push(chunk.subarray(0, sniffBytes - this.headSize));
      this.headSize += Math.min(chunk.length, sniffBytes - this.headSize);
    }
  }

  head(): Buffer {
    return Buffer.concat(this.headParts);
  }
}

async function readFilePart(request: FastifyRequest, uploadLimit: number): Promise<MultipartFile> {
  if (!request.isMultipart()) throw fieldError(fileField, "Send the file as multipart/form-data, in a part named 'file'");
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: uploadLimit, files: 1, fields: 10, fieldSize: 10_000 } });
  } catch (err) {
    throw fieldError(fileField, `The multipart body could not be read: ${(err as Error).message}`);
  }
  if (!part) throw fieldError(fileField, "No file was sent");
  if (part.fieldname !== "file") throw fieldError(`body.${part.fieldname}`, "Send the file in a part named 'file'");
  return part;
}

/** A file's content and name, from a multipart part or produced on the server (the demo studio's frames). */
export type FileSource = {
  fileName: string;
  content: AsyncIterable<Buffer>;
  /** True once the content was cut at the upload limit (busboy truncates an over-long part). */
  truncated?: () => boolean;
};

/** Streams the content into storage; a body over the limit is removed and refused with 413. */
async function store(deps: UploadDeps, key: string, source: FileSource): Promise<Meter> {
  const meter = new Meter();
  try {
    await deps.storage.put(key, Readable.from(meter.pass(source.content)));
  } catch (err) {
    await deps.storage.delete(key);
    throw err;
  }
  if (source.truncated?.()) {
    await deps.storage.delete(key);
    throw new AppError("payload_too_large", 413, `Files may be at most ${deps.uploadLimit} bytes`, {
      errors: [{ path: fileField, message: `Larger than ${deps.uploadLimit} bytes` }],
    });
  }
  return meter;
}

/** Thumbnails are a convenience: a file sharp or ffmpeg cannot read is still stored. */
async function makeThumbnail(deps: UploadDeps, key: string, contentType: string): Promise<Thumbnail | null> {
  try {
    if (isImage(contentType)) return await deps.storage.withLocalFile(key, imageThumbnail);
    if (isVideo(contentType)) return await deps.storage.withLocalFile(key, videoThumbnail);
  } catch (err) {
    deps.log.info({ err, contentType }, "no thumbnail for an upload");
  }
  return null;
}

/** Receives one multipart upload (CORE-8) and saves it as saveFile does. */
export async function uploadFile(deps: UploadDeps, actor: Actor, organizationId: string, request: FastifyRequest): Promise<FileInfo> {
  const part = await readFilePart(request, deps.uploadLimit);
  return saveFile(deps, actor, organizationId, { fileName: part.filename, content: part.file, truncated: () => part.file.truncated });
}

/**
 * Saves one file (CORE-8): streamed to storage while hashed, typed by its magic bytes, given a
 * thumbnail when it is an image (or a video and ffmpeg is installed), recorded. Uploads and
 * files the server makes itself go through here, so both look the same to the files API.
 */
export async function saveFile(deps: UploadDeps, actor: Actor, organizationId: string, source: FileSource): Promise<FileInfo> {
  const id = uuidv7();
  const key = `${organizationId}/${id.slice(-2)}/${id}`;
  const meter = await store(deps, key, source);
  const stored = [key];
  try {
    if (meter.size === 0) throw fieldError(fileField, "The file is empty");
    const contentType = await sniffContentType(meter.head());
    if (!contentType) throw fieldError(fileField, "Only images, video, audio and PDF files can be uploaded; this file's content is none of them", 415);
    const thumbnail = await makeThumbnail(deps, key, contentType);
    const thumbnailKey = thumbnail ? `${key}.thumb.webp` : null;
    if (thumbnail && thumbnailKey) {
      await deps.storage.put(thumbnailKey, Readable.from([thumbnail.data]));
      stored.push(thumbnailKey);
    }
    const values = {
      organizationId,
      id,
      storageKey: key,
      originalName: cleanFileName(source.fileName),
      contentType,
      sizeBytes: meter.size,
      sha256: meter.hash.digest("hex"),
      width: thumbnail?.width ?? null,
      height: thumbnail?.height ?? null,
      thumbnailKey,
      createdBy: actor.userId,
    };
    return await withChanges(deps.db, actor.userId, async (tx, record) => {
      const [row] = await tx.insert(files).values(values).returning();
      if (!row) throw new Error("insert returned nothing");
      const after = presentFile(row);
      record({ organizationId, recordType: "file", recordId: id, action: "create", after });
      return after;
    });
  } catch (err) {
    for (const k of stored) await deps.storage.delete(k);
    throw err;
  }
}
