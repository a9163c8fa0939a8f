import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import sharp from "sharp";
import { expect } from "vitest";
import { as, type TestUser } from "./factories";

/** A multipart/form-data body with one file part, as a browser's FormData would send it. */
export function multipart(content: Buffer, fileName: string, field = "file", contentType = "application/octet-stream") {
  const boundary = `----backlot-${randomUUID()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export function pngImage(width: number, height: number, color = "#e8590c"): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
}

export async function upload(app: FastifyInstance, user: TestUser, orgId: string, content: Buffer, fileName: string) {
  const res = await as(app, user)({ method: "POST", url: `/api/v1/organizations/${orgId}/files`, ...multipart(content, fileName) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; hasThumbnail: boolean; contentType: string; sha256: string; width: number | null; height: number | null };
}

type Config = { statuses: { id: string; state: string; shortCode: string }[]; taskTypes: { id: string; name: string; entityTypeKey: string }[] };

/** A VFX project from its template, with the configuration the template created. */
export async function createVfxProject(app: FastifyInstance, user: TestUser, orgId: string, code = `P${randomUUID().slice(0, 6)}`) {
  const call = as(app, user);
  const res = await call({
    method: "POST",
    url: `/api/v1/organizations/${orgId}/projects`,
    body: { name: `Project ${code}`, code, kind: "vfx", template: "vfx" },
  });
  expect(res.statusCode, res.body).toBe(201);
  const project = res.json() as { id: string; name: string; code: string };
  const config = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/projects/${project.id}/config` })).json() as Config;
  const slots = (await call({ method: "GET", url: `/api/v1/organizations/${orgId}/projects/${project.id}/slots` })).json() as { items: { id: string }[] };
  return { project, config, slots: slots.items };
}

/** A shot created through the API; the template gives it its tasks (TRK-10). Returns its Compositing task. */
export async function createShotTask(
  app: FastifyInstance,
  user: TestUser,
  orgId: string,
  setup: Awaited<ReturnType<typeof createVfxProject>>,
  shotCode = `SH${randomUUID().slice(0, 4)}`,
) {
  const call = as(app, user);
  const base = `/api/v1/organizations/${orgId}/projects/${setup.project.id}`;
  const shot = await call({ method: "POST", url: `${base}/entities`, body: { typeKey: "shot", code: shotCode } });
  expect(shot.statusCode, shot.body).toBe(201);
  const entityId = shot.json().id as string;
  const tasks = (await call({ method: "GET", url: `${base}/tasks?entityId=${entityId}&limit=200` })).json().items as {
    id: string;
    name: string;
    statusId: string;
  }[];
  const task = tasks.find((t) => t.name === "Compositing");
  if (!task) throw new Error("the VFX template made no Compositing task");
  return { taskId: task.id, entityId, shotCode, taskTypeName: task.name, statusId: task.statusId };
}
