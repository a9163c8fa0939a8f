import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorCode, Problem } from "@backlot/contracts/core/errors";
import { AppError, type FieldError, type ProblemDetails } from "./app-error";
import { duplicateProblem } from "./unique-fields";

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export function sendProblem(reply: FastifyReply, status: number, code: ErrorCode, detail: string, extra: ProblemDetails = {}) {
  const body: Problem = {
    type: `https://backlot.dev/problems/${code}`,
    title: titles[status] ?? "Error",
    status,
    detail,
    code,
    ...extra,
  };
  return reply.status(status).type("application/problem+json").send(body);
}

const contextNames: Record<string, string> = { querystring: "query" };

function validationErrors(error: FastifyError): FieldError[] {
  const context = contextNames[error.validationContext ?? ""] ?? error.validationContext ?? "body";
  return (error.validation ?? []).map((v) => {
    const pointer = v.instancePath.replace(/^\//, "").replaceAll("/", ".");
    const missing = (v.params as { missingProperty?: string } | undefined)?.missingProperty;
    const field = [context, pointer, missing].filter(Boolean).join(".");
    return { path: field, message: v.message ?? "Invalid value" };
  });
}

/**
 * Database errors that mean "your input cannot be stored", should any slip past validation:
 * a clear 4xx instead of a 500. Anything else from PostgreSQL stays a 500.
 */
const postgresProblems: Record<string, [number, ErrorCode, string]> = {
  "22001": [400, "validation_failed", "A value is too long"],
  "22003": [400, "validation_failed", "A number is out of range"],
  "22007": [400, "validation_failed", "A date or time is invalid"],
  "22008": [400, "validation_failed", "A date or time is out of range"],
  "22021": [400, "validation_failed", "Text contains characters that cannot be stored"],
  "22023": [400, "validation_failed", "A value is not valid here (for example a time zone PostgreSQL does not know)"],
  "22P02": [400, "validation_failed", "A value has the wrong format"],
  "22P05": [400, "validation_failed", "Text contains characters that cannot be stored"],
  "23505": [409, "conflict", "A record with these values already exists"],
  "23503": [409, "conflict", "A referenced record does not exist or is still in use"],
  "23P01": [409, "booking_conflict", "This overlaps a record that may not be overlapped"],
};

function postgresProblem(error: unknown): [number, ErrorCode, string] | null {
  const code = (error as { code?: unknown }).code;
  const isPg = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && "severity" in (error as object);
  return isPg ? (postgresProblems[code] ?? null) : null;
}

/** Maps framework errors onto problem codes; anything unknown is a logged 500 with no leak. */
function frameworkProblem(error: FastifyError): [number, ErrorCode, string] | null {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return [413, "payload_too_large", "The request body is too large"];
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return [415, "validation_failed", "Send the body as application/json"];
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return [400, "validation_failed", "The request body is empty"];
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return [400, "validation_failed", "The request body is not valid JSON"];
    case "FST_ERR_RATE_LIMIT_EXCEEDED":
      return [429, "rate_limited", "Too many requests; slow down and try again shortly"];
  }
  if (error.statusCode === 429) return [429, "rate_limited", error.message];
  if (error instanceof SyntaxError || error.statusCode === 400) return [400, "validation_failed", error.message];
  return null;
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, error.status, error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const errors = validationErrors(error as FastifyError);
      const first = errors[0];
      const detail = first ? `${first.path}: ${first.message}` : "The request is invalid";
      return sendProblem(reply, 400, "validation_failed", detail, { errors });
    }
    const dbError = ((error as { cause?: unknown }).cause ?? error) as { code?: unknown; constraint?: string };
    const mapped = frameworkProblem(error) ?? postgresProblem(dbError);
    if (mapped?.[1] === "conflict" && dbError.code === "23505") {
      const { detail, details } = duplicateProblem(dbError.constraint);
      return sendProblem(reply, 409, "conflict", detail, details);
    }
    if (mapped) return sendProblem(reply, mapped[0], mapped[1], mapped[2]);
    request.log.error({ err: error }, "unhandled error");
    return sendProblem(reply, 500, "internal_error", "Something went wrong on our side");
  });
}

/**
 * Unknown API paths get problem JSON; with the web app served, other GETs get its index.html
 * so client-side routes survive a reload.
 */
export function registerNotFound(app: FastifyInstance, spaFallback: boolean) {
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0] ?? "";
    const isApi = url.startsWith("/api/") || url === "/metrics";
    if (spaFallback && request.method === "GET" && !isApi) return reply.type("text/html").sendFile("index.html");
    return sendProblem(reply, 404, "not_found", `No route ${request.method} ${url}`);
  });
}
