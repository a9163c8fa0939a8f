import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../../platform/http/app-error";
import { type ByteRange, type Storage, StorageNotFound } from "../../../platform/storage/storage";
import { notFound } from "../../../platform/http/app-error";
import { isImage, isVideo } from "./file-types";

export type Sendable = { key: string; contentType: string; size: number | null; etag: string; fileName: string; download: boolean };

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range; anything else is served whole. */
export function parseRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === "" && match[2] === "")) return null;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    return suffix === 0 || size === 0 ? "unsatisfiable" : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const last = match[2] === "" ? Number.POSITIVE_INFINITY : Number(match[2]);
  if (last < start) return null; // not a valid range: RFC 9110 says serve the whole file
  if (start >= size) return "unsatisfiable";
  return { start, end: Math.min(last, size - 1) };
}

function contentDisposition(fileName: string, download: boolean, contentType: string): string {
  // Only media is shown inline; anything else is always a download.
  const inline = !download && (isImage(contentType) || isVideo(contentType) || contentType.startsWith("audio/") || contentType === "application/pdf");
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Streams a stored object with what browsers need to play and cache it: ETag revalidation,
 * single byte ranges (video seeking), an inline or attachment disposition.
 */
export async function sendStored(request: FastifyRequest, reply: FastifyReply, storage: Storage, file: Sendable) {
  reply.header("etag", `"${file.etag}"`).header("cache-control", "private, max-age=86400").header("accept-ranges", "bytes");
  reply.header("content-disposition", contentDisposition(file.fileName, file.download, file.contentType));
  if (request.headers["if-none-match"] === `"${file.etag}"`) return reply.status(304).send();
  const range = file.size === null ? null : parseRange(request.headers.range, file.size);
  if (range === "unsatisfiable") {
    reply.header("content-range", `bytes */${file.size}`);
    throw new AppError("validation_failed", 416, "The requested range is outside the file", { errors: [{ path: "headers.range", message: "Out of range" }] });
  }
  try {
    const stream = await storage.read(file.key, range ?? undefined);
    reply.type(file.contentType);
    if (range && file.size !== null) {
      reply.status(206).header("content-range", `bytes ${range.start}-${range.end}/${file.size}`);
      reply.header("content-length", range.end - range.start + 1);
    } else if (file.size !== null) {
      reply.header("content-length", file.size);
    }
    return reply.send(stream);
  } catch (err) {
    if (err instanceof StorageNotFound) throw notFound("File content");
    throw err;
  }
}
