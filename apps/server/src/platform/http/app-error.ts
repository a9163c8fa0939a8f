import type { ErrorCode } from "@backlot/contracts/core/errors";

export type FieldError = { path: string; message: string };
export type ProblemDetails = { errors?: FieldError[]; current?: unknown; conflicts?: Record<string, unknown>[] };

/** The one error type of the API; the error handler turns it into RFC 9457 problem JSON. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details: ProblemDetails = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError("not_found", 404, `${what} not found`);

export const forbidden = (reason: string) => new AppError("forbidden", 403, reason);

export const fieldError = (path: string, message: string, status = 400) => new AppError("validation_failed", status, message, { errors: [{ path, message }] });

export const versionConflict = (current: unknown) =>
  new AppError("version_conflict", 409, "This record was changed by someone else since you loaded it. Review the current version and try again.", { current });
