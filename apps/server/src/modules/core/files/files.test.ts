import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, as, createOrganization, expectProblem, signUp, type TestUser } from "../../../../test/factories";
import { multipart, pngImage, upload } from "../../../../test/review-fixtures";
import { createTestApp, type TestApp, testOrigin } from "../../../../test/test-app";
import { hasFfmpeg } from "./thumbnails";

const uploadLimit = 300_000;
let t: TestApp;
let admin: TestUser;
let member: TestUser;
let client: TestUser;
let outsider: TestUser;
let orgId: string;
let outsiderOrgId: string;
const ffmpeg = await hasFfmpeg();

beforeAll(async () => {
  t = await createTestApp(undefined, { BACKLOT_UPLOAD_LIMIT: String(uploadLimit) });
  [admin, member, client, outsider] = [await signUp(t.app), await signUp(t.app), await signUp(t.app), await signUp(t.app)];
  orgId = (await createOrganization(t.app, admin)).id;
  outsiderOrgId = (await createOrganization(t.app, outsider, "Elsewhere")).id;
  await addMember(t.app, admin, orgId, member, "member");
  await addMember(t.app, admin, orgId, client, "client");
});
afterAll(() => t.close());

const files = (p = "") => `/api/v1/organizations/${orgId}/files${p}`;
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("file uploads", () => {
  it("stores an image with its hash, size and a thumbnail that fits 640×360", async () => {
    const png = await pngImage(1920, 1080);
    const res = await as(t.app, member)({ method: "POST", url: files(), ...multipart(png, "plate_v001.png") });
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({
      originalName: "plate_v001.png",
      contentType: "image/png",
      sizeBytes: png.length,
      sha256: sha(png),
      width: 1920,
      height: 1080,
    });
    expect(file.hasThumbnail).toBe(true);
    const thumb = await as(t.app, member)({ method: "GET", url: files(`/${file.id}/thumbnail`) });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers["content-type"]).toBe("image/webp");
    const meta = await sharp(thumb.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 640, 360]);
    const content = await as(t.app, member)({ method: "GET", url: files(`/${file.id}/content`) });
    expect(content.statusCode).toBe(200);
    expect(sha(content.rawPayload)).toBe(file.sha256);
    expect(content.headers["content-disposition"]).toContain("inline");
    expect((await as(t.app, member)({ method: "GET", url: files(`/${file.id}`) })).json()).toEqual(file);
  });

  it("streams an upload sent by fetch over a real socket, as a browser's FormData would", async () => {
    const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const noise = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#000000", noise: { type: "gaussian", mean: 128, sigma: 60 } } })
      .png()
      .toBuffer();
    expect(noise.length).toBeGreaterThan(100_000);
    const form = new FormData();
    form.append("file", new Blob([noise], { type: "image/png" }), "noise.png");
    const res = await fetch(`${base}${files()}`, { method: "POST", body: form, headers: { cookie: member.cookie, origin: testOrigin } });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ sizeBytes: noise.length, sha256: sha(noise), width: 300, height: 200, hasThumbnail: true });
  });

  it("types files by their content, not their name, and refuses what is not media", async () => {
    const script = Buffer.from("<html><script>alert(1)</script></html>");
    const res = await as(t.app, member)({ method: "POST", url: files(), ...multipart(script, "innocent.png", "file", "image/png") });
    expectProblem(res, 415, "validation_failed");
    expect(res.json().errors).toEqual([{ path: "body.file", message: expect.stringContaining("Only images, video, audio and PDF") }]);
    const png = await pngImage(8, 8);
    const renamed = await upload(t.app, member, orgId, png, "notes.txt");
    expect(renamed.contentType).toBe("image/png");
  });

  it("refuses a body that is not multipart, an empty file, a wrong part name (400 naming the field)", async () => {
    const json = await as(t.app, member)({ method: "POST", url: files(), body: { file: "x" } });
    expectProblem(json, 400, "validation_failed");
    expect(json.json().errors[0].path).toBe("body.file");
    const empty = await as(t.app, member)({ method: "POST", url: files(), ...multipart(Buffer.alloc(0), "empty.png") });
    expect(empty.json().errors[0]).toEqual({ path: "body.file", message: "The file is empty" });
    const wrongPart = await as(t.app, member)({ method: "POST", url: files(), ...multipart(await pngImage(4, 4), "a.png", "upload") });
    expectProblem(wrongPart, 400, "validation_failed");
    expect(wrongPart.json().errors[0].path).toBe("body.upload");
  });

  it("refuses a file over the configured limit with 413 and keeps nothing of it", async () => {
    const big = Buffer.concat([await pngImage(4, 4), Buffer.alloc(uploadLimit + 10, 7)]);
    const res = await as(t.app, member)({ method: "POST", url: files(), ...multipart(big, "huge.png") });
    expectProblem(res, 413, "payload_too_large");
    expect(res.json().errors[0].path).toBe("body.file");
    const leftovers = fs.readdirSync(path.join(t.deps.config.dataDir, "files", orgId), { recursive: true }).filter((f) => String(f).includes("part"));
    expect(leftovers).toEqual([]);
  });

  it("refuses an upload cut off before its end (400) and keeps nothing of it", async () => {
    const whole = multipart(await pngImage(64, 64), "cut.png");
    const cut = whole.body.subarray(0, whole.body.length - 200);
    const dir = path.join(t.deps.config.dataDir, "files", orgId);
    const stored = () => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).sort() : []);
    const before = stored();
    const res = await as(t.app, member)({ method: "POST", url: files(), body: cut, headers: whole.headers });
    expectProblem(res, 400, "validation_failed");
    expect(res.json().errors[0]).toEqual({ path: "body.file", message: expect.stringContaining("cut off or malformed") });
    expect(stored().filter((f) => !before.includes(f) && !fs.statSync(path.join(dir, f)).isDirectory())).toEqual([]);
  });

  it("keeps a file whose image format has no decoder, without a thumbnail", async () => {
    // A Photoshop header: recognised as an image, not decodable by sharp.
    const psd = Buffer.concat([Buffer.from("8BPS"), Buffer.from([0, 1, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 16, 0, 0, 0, 16, 0, 8, 0, 3]), Buffer.alloc(64)]);
    const file = await upload(t.app, member, orgId, psd, "matte.psd");
    expect(file).toMatchObject({ contentType: "image/vnd.adobe.photoshop", hasThumbnail: false, width: null });
    expectProblem(await as(t.app, member)({ method: "GET", url: files(`/${file.id}/thumbnail`) }), 404, "not_found");
  });

  it("serves byte ranges for video seeking, answers 416 outside the file and 304 to a matching ETag", async () => {
    const png = await pngImage(64, 64);
    const file = await upload(t.app, member, orgId, png, "range.png");
    const part = await as(t.app, member)({ method: "GET", url: files(`/${file.id}/content`), headers: { range: "bytes=10-19" } });
    expect(part.statusCode).toBe(206);
    expect(part.headers["content-range"]).toBe(`bytes 10-19/${png.length}`);
    expect(part.rawPayload.equals(png.subarray(10, 20))).toBe(true);
    const tail = await as(t.app, member)({ method: "GET", url: files(`/${file.id}/content`), headers: { range: "bytes=-5" } });
    expect(tail.rawPayload.equals(png.subarray(png.length - 5))).toBe(true);
    const outside = await as(t.app, member)({ method: "GET", url: files(`/${file.id}/content`), headers: { range: `bytes=${png.length + 1}-` } });
    expect(outside.statusCode).toBe(416);
    const cached = await as(t.app, member)({ method: "GET", url: files(`/${file.id}/content`), headers: { "if-none-match": `"${file.sha256}"` } });
    expect(cached.statusCode).toBe(304);
  });

  it("strips paths from names and sends non-ASCII names in Content-Disposition", async () => {
    const file = await upload(t.app, member, orgId, await pngImage(4, 4), "../../etc/Ébauche 01.png");
    const res = await as(t.app, member)({ method: "GET", url: files(`/${file.id}/content?download=true`) });
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="_bauche 01.png"; filename*=UTF-8''${encodeURIComponent("Ébauche 01.png")}`);
  });

  it("accepts video by its container header; a thumbnail needs ffmpeg and a decodable stream", async () => {
    const header = Buffer.concat([
      Buffer.from([0, 0, 0, 0x20]),
      Buffer.from("ftypisom"),
      Buffer.from([0, 0, 2, 0]),
      Buffer.from("isomiso2avc1mp41"),
      Buffer.alloc(64),
    ]);
    const file = await upload(t.app, member, orgId, header, "broken.mp4");
    expect(file).toMatchObject({ contentType: "video/mp4", hasThumbnail: false });
  });

  it.skipIf(!ffmpeg)("makes a video thumbnail with ffmpeg", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backlot-video-"));
    const out = path.join(dir, "clip.mp4");
    execFileSync("ffmpeg", ["-loglevel", "error", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=24:duration=2", "-pix_fmt", "yuv420p", out]);
    const file = await upload(t.app, member, orgId, fs.readFileSync(out), "clip.mp4");
    fs.rmSync(dir, { recursive: true, force: true });
    expect(file).toMatchObject({ contentType: "video/mp4", hasThumbnail: true, width: 320, height: 240 });
    const thumb = await as(t.app, member)({ method: "GET", url: files(`/${file.id}/thumbnail`) });
    expect((await sharp(thumb.rawPayload).metadata()).width).toBe(320);
  });

  it("answers 401 without credentials, 403 to a client, 404 to another organization", async () => {
    const file = await upload(t.app, member, orgId, await pngImage(4, 4), "guarded.png");
    expectProblem(await as(t.app, null)({ method: "GET", url: files(`/${file.id}/content`) }), 401, "unauthenticated");
    expectProblem(await as(t.app, null)({ method: "POST", url: files(), ...multipart(await pngImage(4, 4), "a.png") }), 401, "unauthenticated");
    expectProblem(await as(t.app, client)({ method: "GET", url: files(`/${file.id}/content`) }), 403, "forbidden");
    expectProblem(await as(t.app, client)({ method: "POST", url: files(), ...multipart(await pngImage(4, 4), "a.png") }), 403, "forbidden");
    for (const suffix of ["", "/content", "/thumbnail"]) {
      expectProblem(await as(t.app, outsider)({ method: "GET", url: files(`/${file.id}${suffix}`) }), 404, "not_found");
      const foreign = `/api/v1/organizations/${outsiderOrgId}/files/${file.id}${suffix}`;
      expectProblem(await as(t.app, outsider)({ method: "GET", url: foreign }), 404, "not_found");
    }
  });
});
