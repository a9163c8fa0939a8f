import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  createEntityTypeBody,
  createTaskStatusBody,
  createTaskTypeBody,
  entityTypeSchema,
  projectConfigSchema,
  taskStatusSchema,
  taskTypeSchema,
  updateEntityTypeBody,
  updateTaskStatusBody,
  updateTaskTypeBody,
} from "@backlot/contracts/tracking/config";
import { projectParams, projectRecordParams } from "@backlot/contracts/tracking/projects";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { requireProject } from "../projects/projects.service";
import { presentEntityType, presentTaskStatus, presentTaskType } from "./config.presenter";
import { loadProjectConfig } from "./config.repo";
import { createEntityType, createTaskStatus, createTaskType, updateEntityType, updateTaskStatus, updateTaskType } from "./config.service";

const tags = ["Project configuration"];
const base = "/organizations/:orgId/projects/:projectId";

export function configRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      `${base}/config`,
      { schema: { tags, summary: "Entity types, task types and statuses of a project", params: projectParams, response: { 200: projectConfigSchema } } },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        const config = await loadProjectConfig(db, orgId, projectId);
        return {
          entityTypes: config.entityTypes.map(presentEntityType),
          taskTypes: config.taskTypes.map(presentTaskType),
          statuses: config.statuses.map(presentTaskStatus),
        };
      },
    );

    const scopeOf = (params: { orgId: string; projectId: string }) => ({ organizationId: params.orgId, projectId: params.projectId });

    app.post(
      `${base}/entity-types`,
      { schema: { tags, summary: "Add a custom entity type", params: projectParams, body: createEntityTypeBody, response: { 201: entityTypeSchema } } },
      async (request, reply) => {
        await requireAccess(db, request, request.params.orgId, "project.manage");
        return reply.status(201).send(await createEntityType(db, requireActor(request), scopeOf(request.params), request.body));
      },
    );
    app.patch(
      `${base}/entity-types/:id`,
      {
        schema: {
          tags,
          summary: "Rename or reorder an entity type",
          params: projectRecordParams,
          body: updateEntityTypeBody,
          response: { 200: entityTypeSchema },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "project.manage");
        return updateEntityType(db, requireActor(request), scopeOf(request.params), request.params.id, request.body);
      },
    );

    app.post(
      `${base}/task-types`,
      { schema: { tags, summary: "Add a task type (pipeline step)", params: projectParams, body: createTaskTypeBody, response: { 201: taskTypeSchema } } },
      async (request, reply) => {
        await requireAccess(db, request, request.params.orgId, "project.manage");
        return reply.status(201).send(await createTaskType(db, requireActor(request), scopeOf(request.params), request.body));
      },
    );
    app.patch(
      `${base}/task-types/:id`,
      {
        schema: {
          tags,
          summary: "Edit, reorder or archive a task type",
          params: projectRecordParams,
          body: updateTaskTypeBody,
          response: { 200: taskTypeSchema },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "project.manage");
        return updateTaskType(db, requireActor(request), scopeOf(request.params), request.params.id, request.body);
      },
    );

    app.post(
      `${base}/statuses`,
      { schema: { tags, summary: "Add a task status", params: projectParams, body: createTaskStatusBody, response: { 201: taskStatusSchema } } },
      async (request, reply) => {
        await requireAccess(db, request, request.params.orgId, "project.manage");
        return reply.status(201).send(await createTaskStatus(db, requireActor(request), scopeOf(request.params), request.body));
      },
    );
    app.patch(
      `${base}/statuses/:id`,
      {
        schema: {
          tags,
          summary: "Edit, reorder or archive a task status",
          params: projectRecordParams,
          body: updateTaskStatusBody,
          response: { 200: taskStatusSchema },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "project.manage");
        return updateTaskStatus(db, requireActor(request), scopeOf(request.params), request.params.id, request.body);
      },
    );
  };
}
