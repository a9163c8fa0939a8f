import type { FastifyInstance } from "fastify";
import { fieldError } from "./app-error";

const maxDepth = 64;

/**
 * Finds input no column can hold or no handler should walk: a string with a NUL character
 * (PostgreSQL text cannot store it) or nesting deeper than any of our schemas (which would
 * overflow recursive code). Iterative, so hostile nesting cannot overflow this check itself.
 */
function findProblem(root: unknown, rootPath: string): { path: string; message: string } | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === "string") {
      if (value.includes("\u0000")) return { path, message: "Text may not contain NUL (\\u0000) characters" };
    } else if (value && typeof value === "object") {
      if (depth >= maxDepth) return { path, message: `Nested more than ${maxDepth} levels deep` };
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

/** Refuses such input for every route at once, before validation. */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook("preValidation", async (request) => {
    const problem = findProblem(request.body, "body") ?? findProblem(request.query, "query");
    if (problem) throw fieldError(problem.path, problem.message);
  });
}
