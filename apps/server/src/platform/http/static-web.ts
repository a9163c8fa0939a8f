import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Serves the built web app; returns false when it has not been built. */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<boolean> {
  if (!fs.existsSync(path.join(webDist, "index.html"))) {
    app.log.warn({ webDist }, "web app not built; run `npm run build -w apps/web` (npm start does it)");
    return false;
  }
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: "index.html" });
  return true;
}
