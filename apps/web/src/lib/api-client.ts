import type { Problem } from "@backlot/contracts/core/errors";
import { newIdempotencyKey } from "./ids";

/** An API failure carrying the RFC 9457 problem document the server sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.status = problem.status;
    this.problem = problem;
  }

  get code() {
    return this.problem.code;
  }

  /** Field errors keyed by form field ("body.email" → "email"). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      const key = e.path.replace(/^(body|query|params)\.?/, "");
      if (key && !out[key]) out[key] = e.message;
    }
    return out;
  }
}

export function isApiError(error: unknown, code?: Problem["code"]): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type RequestOptions = {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  /** An array value repeats the parameter (custom=a:1&custom=b:2). */
  query?: Record<string, string | number | boolean | readonly string[] | undefined | null>;
  /** Creates send an Idempotency-Key so a retried submission does not create twice. */
  idempotent?: boolean;
  signal?: AbortSignal;
};

function buildUrl(path: string, query?: RequestOptions["query"]): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (Array.isArray(v)) for (const item of v) params.append(k, item);
    else if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toProblem(res: Response): Promise<Problem> {
  const fallback: Problem = {
    type: "about:blank",
    title: res.statusText || "Request failed",
    status: res.status,
    code: res.status === 401 ? "unauthenticated" : "internal_error",
    detail: res.status >= 500 ? "The server could not complete the request. Try again in a moment." : `Request failed (${res.status}).`,
  };
  try {
    const body = (await res.json()) as Partial<Problem> & { message?: string };
    return { ...fallback, ...body, detail: body.detail ?? body.message ?? fallback.detail };
  } catch {
    return fallback;
  }
}

/** Same-origin JSON fetch; throws ApiError with the server's problem document. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = "GET", body, query, idempotent, signal } = options;
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (idempotent) headers["Idempotency-Key"] = newIdempotencyKey();
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({
      type: "about:blank",
      title: "Network error",
      status: 0,
      code: "internal_error",
      detail: "Could not reach the Backlot server. Check your connection and try again.",
    });
  }
  if (!res.ok) throw new ApiError(await toProblem(res));
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Human-readable message for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title;
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
