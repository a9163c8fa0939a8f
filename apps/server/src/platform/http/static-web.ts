import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { sendProblem } from "./error-handler";

/** Serves the built web app with an index.html fallback for client-side routes. */
export async function registerWebApp(app: FastifyInstance, webDist: string) {
  const index = path.join(webDist, "index.html");
  if (!fs.existsSync(index)) {
    app.log.warn({ webDist }, "web app not built; run `npm run build -w apps/web` (npm start does it)");
    return;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0] ?? "";
    if (request.method !== "GET" || url.startsWith("/api/") || url === "/metrics") {
      return sendProblem(reply, 404, "not_found", `No route ${request.method} ${url}`);
    }
    return reply.type("text/html").sendFile("index.html");
  });
}
