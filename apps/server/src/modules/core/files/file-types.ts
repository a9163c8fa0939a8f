import { fileTypeFromBuffer } from "file-type";

/** Bytes to look at: enough for every format file-type recognises by its header. */
export const sniffBytes = 4100;

/**
 * The type of an upload, from its first bytes (magic numbers), never from its name or the
 * browser's claim: a renamed script stays refused. Media and PDF only; HTML and SVG, which a
 * browser would run, are never accepted.
 */
export async function sniffContentType(head: Buffer): Promise<string | null> {
  const detected = await fileTypeFromBuffer(head);
  if (!detected) return null;
  const { mime } = detected;
  const isMedia = mime.startsWith("image/") || mime.startsWith("video/") || mime.startsWith("audio/");
  return isMedia || mime === "application/pdf" ? mime : null;
}

export const isImage = (contentType: string) => contentType.startsWith("image/");
export const isVideo = (contentType: string) => contentType.startsWith("video/");

/** A display name safe to keep and to echo in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return cleaned.slice(0, 255) || "file";
}
