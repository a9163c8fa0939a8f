import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import type { ProjectConfig } from "@backlot/contracts/tracking/config";
import { as, type TestUser } from "./factories";

/** A project from a template, with its configuration loaded, for tracking tests. */
export async function createProject(app: FastifyInstance, user: TestUser, orgId: string, body: Record<string, unknown> = {}) {
  const call = as(app, user);
  const res = await call({
    method: "POST",
    url: `/api/v1/organizations/${orgId}/projects`,
    body: { name: "Nightfall", code: `NF${Math.floor(Math.random() * 1e6)}`, kind: "vfx", template: "vfx", ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  const project = res.json() as { id: string; code: string; version: number };
  const base = `/api/v1/organizations/${orgId}/projects/${project.id}`;
  const config = (await call({ method: "GET", url: `${base}/config` })).json() as ProjectConfig;
  const status = (shortCode: string) => {
    const found = config.statuses.find((s) => s.shortCode === shortCode);
    if (!found) throw new Error(`no status ${shortCode}`);
    return found.id;
  };
  const taskType = (name: string, entityTypeKey = "shot") => {
    const found = config.taskTypes.find((t) => t.name === name && t.entityTypeKey === entityTypeKey);
    if (!found) throw new Error(`no task type ${name}`);
    return found.id;
  };
  return { project, base, config, status, taskType };
}

export async function createEntity(app: FastifyInstance, user: TestUser, base: string, body: Record<string, unknown>) {
  const res = await as(app, user)({ method: "POST", url: `${base}/entities`, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; code: string; version: number; custom: Record<string, unknown> };
}

export type GridTask = { id: string; statusId: string; version: number; assigneeSlotIds: string[] };

/** The task of one entity for one task type, as the grid shows it. */
export async function gridTask(app: FastifyInstance, user: TestUser, base: string, entityCode: string, taskTypeId: string, type = "shot"): Promise<GridTask> {
  const res = await as(app, user)({ method: "GET", url: `${base}/grid?type=${type}&q=${encodeURIComponent(entityCode)}` });
  expect(res.statusCode, res.body).toBe(200);
  const row = res.json().rows.find((r: { code: string }) => r.code === entityCode);
  const task = row?.tasks[taskTypeId];
  if (!task) throw new Error(`no ${taskTypeId} task on ${entityCode}`);
  return task;
}
