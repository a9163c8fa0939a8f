import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Vite names built assets by content hash: a name never gets other content, so browsers may keep them. */
const hashedAsset = `${path.sep}assets${path.sep}`;

/**
 * Serves the built web app; returns false when it has not been built. The build writes
 * Brotli and gzip copies beside each asset (vite-plugin-compression2), sent to browsers that
 * accept them: the first load of the app is a third of the bytes. Hashed assets are cached
 * for a year; index.html is revalidated on every load, so a new version shows at once.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<boolean> {
  if (!fs.existsSync(path.join(webDist, "index.html"))) {
    app.log.warn({ webDist }, "web app not built; run `npm run build -w apps/web` (npm start does it)");
    return false;
  }
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: "index.html",
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header("cache-control", filePath.includes(hashedAsset) ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  return true;
}
