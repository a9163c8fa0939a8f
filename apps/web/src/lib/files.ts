import type { Problem } from "@backlot/contracts/core/errors";
import type { FileInfo } from "@backlot/contracts/core/files";
import { ApiError } from "./api-client";

const filesUrl = (orgId: string) => `/api/v1/organizations/${orgId}/files`;

export const fileThumbnailUrl = (orgId: string, fileId: string) => `${filesUrl(orgId)}/${fileId}/thumbnail`;
export const fileContentUrl = (orgId: string, fileId: string, download = false) => `${filesUrl(orgId)}/${fileId}/content${download ? "?download=true" : ""}`;

export type MediaKind = "image" | "video" | "audio" | "pdf" | "other";

export function mediaKind(contentType: string): MediaKind {
  if (contentType.startsWith("image/")) return "image";
  if (contentType.startsWith("video/")) return "video";
  if (contentType.startsWith("audio/")) return "audio";
  if (contentType === "application/pdf") return "pdf";
  return "other";
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * Why the browser already knows a file will be refused, or null. The server decides from the
 * content itself; this only saves uploading a spreadsheet for nothing. An unknown browser type
 * is left to the server.
 */
export function refuseBeforeUpload(file: File, accept: readonly MediaKind[], what: string): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  if (!file.type) return null;
  if (!accept.includes(mediaKind(file.type))) return `${file.name} is not ${what}.`;
  return null;
}

function problemOf(xhr: XMLHttpRequest): Problem {
  const fallback: Problem = {
    type: "about:blank",
    title: "Upload failed",
    status: xhr.status,
    code: xhr.status === 0 ? "internal_error" : "validation_failed",
    detail: xhr.status === 0 ? "The upload was interrupted. Check your connection and try again." : `The upload failed (${xhr.status}).`,
  };
  try {
    const body = JSON.parse(xhr.responseText) as Partial<Problem>;
    return { ...fallback, ...body };
  } catch {
    return fallback;
  }
}

/** The message to show for a refused upload: the field error when there is one (type, size). */
export function uploadErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "payload_too_large") {
      const limit = /(\d+) bytes/.exec(error.problem.detail ?? "")?.[1];
      return limit ? `The file is larger than the ${formatBytes(Number(limit))} upload limit.` : (error.problem.detail ?? error.problem.title);
    }
    return error.problem.errors?.[0]?.message ?? error.problem.detail ?? error.problem.title;
  }
  return error instanceof Error ? error.message : "The upload failed.";
}

type UploadOptions = { onProgress?: (fraction: number) => void; signal?: AbortSignal };

/**
 * Uploads one file (multipart, the API's `file` part). XMLHttpRequest rather than fetch: only
 * it reports upload progress. Same-origin, so the session cookie and Origin header go along.
 */
export function uploadFile(orgId: string, file: File, { onProgress, signal }: UploadOptions = {}): Promise<FileInfo> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", filesUrl(orgId));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) resolve(JSON.parse(xhr.responseText) as FileInfo);
      else reject(new ApiError(problemOf(xhr)));
    };
    xhr.onerror = () => reject(new ApiError(problemOf(xhr)));
    xhr.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}
