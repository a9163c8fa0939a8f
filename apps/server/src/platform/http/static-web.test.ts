import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerWebApp } from "./static-web";

let app: FastifyInstance;
let dist: string;
const script = `console.log(${JSON.stringify("x".repeat(4000))});`;

beforeAll(async () => {
  // A build as Vite and vite-plugin-compression2 leave it: hashed assets with .br and .gz beside them.
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-web-"));
  fs.mkdirSync(path.join(dist, "assets"));
  fs.writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Backlot</title>");
  fs.writeFileSync(path.join(dist, "assets", "index-abc123.js"), script);
  fs.writeFileSync(path.join(dist, "assets", "index-abc123.js.br"), brotliCompressSync(script));
  app = Fastify();
  expect(await registerWebApp(app, dist)).toBe(true);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe("the built web app", () => {
  it("sends the Brotli copy of an asset to browsers that accept it, cached for a year", async () => {
    const res = await app.inject({ url: "/assets/index-abc123.js", headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toContain("accept-encoding");
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it("sends the plain asset to clients that accept no encoding", async () => {
    const res = await app.inject({ url: "/assets/index-abc123.js", headers: { "accept-encoding": "identity" } });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body).toBe(script);
  });

  it("has index.html revalidated on every load, so a new version shows at once", async () => {
    const res = await app.inject({ url: "/" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.body).toContain("<title>Backlot</title>");
  });
});
