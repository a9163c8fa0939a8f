import { constants } from "node:zlib";
import compress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/**
 * Compresses large answers for browsers and scripts that accept it. The scheduler's window
 * (500 people × 90 days) is 1.8 MB of JSON and the production grid's page about 0.5 MB: over a
 * studio VPN that is most of the wait, and Brotli at quality 4 takes it to about a tenth for a
 * few milliseconds of CPU. Small answers go as they are (not worth the CPU); partial content,
 * media and files the build already compressed are left alone by the plugin. Request bodies
 * are not inflated: the body limit applies to what arrives.
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    threshold: 16 * 1024,
    encodings: ["br", "gzip"],
    brotliOptions: { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 5 },
  });
}
