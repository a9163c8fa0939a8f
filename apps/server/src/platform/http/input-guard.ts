import type { FastifyInstance } from "fastify";
import { fieldError } from "./app-error";

/** Finds the first string holding a NUL character, which PostgreSQL text cannot store. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findNul(v, `${path}.${i}`);
      if (hit) return hit;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNul(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return null;
}

/** Refuses input no column can hold, for every route at once, before validation. */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook("preValidation", async (request) => {
    const hit = findNul(request.body, "body") ?? findNul(request.query, "query");
    if (hit) throw fieldError(hit, "Text may not contain NUL (\\u0000) characters");
  });
}
