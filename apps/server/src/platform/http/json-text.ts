import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodType } from "zod";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * The handler sends its answer as JSON text (sendJsonText), past the response serializer.
     * The route's response schema still documents it; test apps parse every such answer with
     * that schema (checkJsonTextAnswers).
     */
    jsonText?: boolean;
  }
}

/**
 * Sends `value` as one JSON.stringify, skipping fastify-type-provider-zod's serializer, which
 * first re-validates the whole answer with Zod. For large read answers (the production grid)
 * that validation cost more than the query; presenters already build the contract's shape.
 * Mark the route `config: { jsonText: true }`.
 */
export function sendJsonText<T>(reply: FastifyReply, value: T): T {
  return reply.type("application/json; charset=utf-8").send(JSON.stringify(value)) as unknown as T;
}

/**
 * For tests (buildApp's `checkJsonText`): every answer of a `jsonText` route is parsed with the
 * route's response schema; one that breaks its contract becomes a 500 naming the first problems.
 * Registered before the modules, so their routes inherit the hook.
 */
export function checkJsonTextAnswers(app: FastifyInstance) {
  app.addHook("onSend", async (request, reply, payload) => {
    if (!request.routeOptions.config?.jsonText || typeof payload !== "string") return payload;
    const schema = (request.routeOptions.schema?.response as Record<number, ZodType> | undefined)?.[reply.statusCode];
    if (!schema || !String(reply.getHeader("content-type")).startsWith("application/json")) return payload;
    const parsed = schema.safeParse(JSON.parse(payload));
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`${request.method} ${request.routeOptions.url} answered outside its contract: ${issues.join("; ")}`);
    }
    return payload;
  });
}
