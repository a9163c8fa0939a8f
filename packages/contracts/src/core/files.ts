import { z } from "zod";

/**
 * Uploaded files (CORE-8). Upload with `POST /organizations/:orgId/files` as multipart/form-data
 * (one part named `file`); the type is decided by sniffing the content, never by the name.
 * Download from `…/files/:id/content` (Range requests supported) and `…/files/:id/thumbnail`.
 */
export const fileSchema = z.object({
  id: z.uuid(),
  originalName: z.string(),
  contentType: z.string().describe("Detected from the file's content (magic bytes)"),
  sizeBytes: z.number().int(),
  sha256: z.string().describe("Hex SHA-256 of the content"),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  hasThumbnail: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.uuid().nullable(),
});
export type FileInfo = z.infer<typeof fileSchema>;

/** What may be uploaded: media a studio reviews and documents it shares. */
export const uploadableTypes = ["image/*", "video/*", "audio/*", "application/pdf"] as const;

export const fileContentQuery = z.object({
  download: z.stringbool().default(false).describe("Send as an attachment (Save as…) instead of inline"),
});
