import { execFile } from "node:child_process";
import sharp from "sharp";

/** Thumbnails fit a 16:9 box of this size, as grid cells and playlist strips show them. */
const box = { width: 640, height: 360 };
const ffmpegTimeoutMs = 30_000;

export type Thumbnail = { data: Buffer; width: number | null; height: number | null };

async function thumbnailOf(input: string | Buffer): Promise<Thumbnail> {
  // autoOrient applies EXIF rotation, so width/height are what a viewer sees.
  const image = sharp(input, { autoOrient: true });
  const meta = await image.metadata();
  const data = await image
    .resize({ ...box, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
  return { data, width: meta.autoOrient?.width ?? meta.width ?? null, height: meta.autoOrient?.height ?? meta.height ?? null };
}

/** A thumbnail of an image file; formats sharp cannot decode (EXR, PSD, …) throw. */
export function imageThumbnail(filePath: string): Promise<Thumbnail> {
  return thumbnailOf(filePath);
}

let ffmpegCheck: Promise<boolean> | null = null;

/** Whether `ffmpeg` is on PATH; asked once per process. Video thumbnails need it (CORE-8). */
export function hasFfmpeg(): Promise<boolean> {
  ffmpegCheck ??= new Promise((resolve) => execFile("ffmpeg", ["-version"], { timeout: 5000 }, (err) => resolve(!err)));
  return ffmpegCheck;
}

function extractFrame(filePath: string, atSeconds: number): Promise<Buffer> {
  const args = ["-hide_banner", "-loglevel", "error", "-ss", String(atSeconds), "-i", filePath, "-frames:v", "1", "-f", "image2pipe", "-c:v", "png", "pipe:1"];
  return new Promise((resolve, reject) => {
    execFile("ffmpeg", args, { encoding: "buffer", maxBuffer: 256 * 1024 * 1024, timeout: ffmpegTimeoutMs }, (err, stdout) =>
      err ? reject(err) : resolve(stdout),
    );
  });
}

/** A frame one second in (the first frame is often black), or the first frame of a shorter clip. */
export async function videoThumbnail(filePath: string): Promise<Thumbnail | null> {
  if (!(await hasFfmpeg())) return null;
  let frame = await extractFrame(filePath, 1);
  if (frame.length === 0) frame = await extractFrame(filePath, 0);
  if (frame.length === 0) return null;
  return thumbnailOf(frame);
}
