import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import sharp from "sharp";
import { uuidv7 } from "uuidv7";
import { expect } from "vitest";
import type { Db } from "../src/platform/db/pool";
import { entities, tasks } from "../src/modules/tracking/tracking.schema";
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

/**
 * A shot with one task, inserted directly: the task API is being built on main; until it lands
 * tests create tasks through the database (same tables, same constraints).
 */
export async function insertShotTask(db: Db, orgId: string, setup: Awaited<ReturnType<typeof createVfxProject>>, shotCode = `SH${randomUUID().slice(0, 4)}`) {
  const taskType = setup.config.taskTypes.find((t) => t.name === "Compositing") ?? setup.config.taskTypes[0];
  const status = setup.config.statuses.find((s) => s.state === "not_started") ?? setup.config.statuses[0];
  if (!taskType || !status) throw new Error("template created no task types or statuses");
  const entityId = uuidv7();
  const taskId = uuidv7();
  await db.insert(entities).values({ organizationId: orgId, id: entityId, projectId: setup.project.id, typeKey: "shot", code: shotCode });
  await db
    .insert(tasks)
    .values({ organizationId: orgId, id: taskId, projectId: setup.project.id, entityId, taskTypeId: taskType.id, statusId: status.id, name: taskType.name });
  return { taskId, entityId, shotCode, taskTypeName: taskType.name, statusId: status.id };
}
