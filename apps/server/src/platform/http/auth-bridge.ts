import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ErrorCode } from "@backlot/contracts/core/errors";
import { type Auth, clientIpHeader } from "../auth/auth";
import { sendProblem } from "./error-handler";

/** Better Auth's error codes, translated into ours with the field they concern. */
const authErrors: Record<string, { code: ErrorCode; path?: string }> = {
  WEAK_PASSWORD: { code: "weak_password", path: "body.password" },
  PASSWORD_TOO_SHORT: { code: "weak_password", path: "body.password" },
  PASSWORD_TOO_LONG: { code: "validation_failed", path: "body.password" },
  INVALID_EMAIL: { code: "validation_failed", path: "body.email" },
  USER_ALREADY_EXISTS: { code: "conflict", path: "body.email" },
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: { code: "conflict", path: "body.email" },
  INVALID_EMAIL_OR_PASSWORD: { code: "unauthenticated" },
  INVALID_TOKEN: { code: "validation_failed", path: "body.token" },
};

function toWebHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined || key === clientIpHeader) continue;
    headers.set(key, Array.isArray(value) ? value.join(", ") : String(value));
  }
  headers.set(clientIpHeader, request.ip);
  return headers;
}

/** Serves Better Auth under /api/auth and turns its errors into problem JSON. */
export function registerAuthRoutes(app: FastifyInstance, auth: Auth, publicUrl: string) {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    schema: { hide: true },
    async handler(request: FastifyRequest, reply: FastifyReply) {
      const url = new URL(request.url, publicUrl);
      const body = request.method === "POST" && request.body !== undefined ? JSON.stringify(request.body) : undefined;
      const response = await auth.handler(new Request(url, { method: request.method, headers: toWebHeaders(request), body }));
      for (const cookie of response.headers.getSetCookie()) reply.header("set-cookie", cookie);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie" && key !== "content-length") reply.header(key, value);
      });
      const text = await response.text();
      if (response.status >= 400 && text.startsWith("{")) {
        const parsed = JSON.parse(text) as { code?: string; message?: string };
        const mapped = authErrors[parsed.code ?? ""];
        const status = response.status === 422 && mapped?.code === "conflict" ? 409 : response.status;
        const detail = parsed.message ?? "Authentication failed";
        const code: ErrorCode =
          mapped?.code ?? (status === 429 ? "rate_limited" : status === 401 ? "unauthenticated" : status === 403 ? "forbidden" : "validation_failed");
        const errors = mapped?.path ? [{ path: mapped.path, message: detail }] : undefined;
        reply.header("content-type", null);
        return sendProblem(reply, status, code, detail, { errors, ...({ message: detail } as object) });
      }
      return reply.status(response.status).send(text || null);
    },
  });
}
