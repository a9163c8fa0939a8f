import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgRecordParams, pageOf } from "@backlot/contracts/core/common";
import { projectParams } from "@backlot/contracts/tracking/projects";
import {
  createVersionBody,
  reviewResultSchema,
  reviewVersionBody,
  taskParams,
  updateVersionBody,
  versionListQuery,
  versionSchema,
} from "@backlot/contracts/tracking/versions";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../../core/access/require-access";
import { requireProject } from "../projects/projects.service";
import { presentVersion } from "./versions.presenter";
import { listVersions } from "./versions.repo";
import { createVersion, requireTask, requireVersion, reviewVersion, updateVersion } from "./versions.service";

const tags = ["Versions"];

/** Versions of tasks and their review (TRK-7). */
export function versionRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/tasks/:taskId/versions",
      { schema: { tags, summary: "A task's versions, newest first", params: taskParams, response: { 200: z.object({ items: z.array(versionSchema) }) } } },
      async (request) => {
        const { orgId, taskId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireTask(db, orgId, taskId);
        return { items: (await listVersions(db, orgId, { taskId, limit: 1000 })).map(presentVersion) };
      },
    );

    app.post(
      "/organizations/:orgId/tasks/:taskId/versions",
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Submit a new version of a task (upload its file first with POST …/files)",
          params: taskParams,
          body: createVersionBody,
          response: { 201: versionSchema },
        },
      },
      async (request, reply) => {
        const { orgId, taskId } = request.params;
        await requireAccess(db, request, orgId, "task.progress");
        return reply.status(201).send(await createVersion(db, requireActor(request), orgId, taskId, request.body));
      },
    );

    app.get(
      "/organizations/:orgId/projects/:projectId/versions",
      {
        schema: {
          tags,
          summary: "A project's versions, newest first (filter by task or review status)",
          params: projectParams,
          querystring: versionListQuery,
          response: { 200: pageOf(versionSchema) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        const { limit, cursor, taskId, reviewStatus } = request.query;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        const [before] = (decodeCursor(cursor, 1) as [string] | null) ?? [null];
        const rows = await listVersions(db, orgId, { projectId, taskId, reviewStatus, before, limit: limit + 1 });
        const page = toPage(rows, limit, (r) => [r.version.id]);
        return { items: page.items.map(presentVersion), nextCursor: page.nextCursor };
      },
    );

    app.get(
      "/organizations/:orgId/versions/:id",
      { schema: { tags, summary: "One version", params: orgRecordParams, response: { 200: versionSchema } } },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "tracking.read");
        return presentVersion(await requireVersion(db, request.params.orgId, request.params.id));
      },
    );

    app.patch(
      "/organizations/:orgId/versions/:id",
      { schema: { tags, summary: "Edit a version's description", params: orgRecordParams, body: updateVersionBody, response: { 200: versionSchema } } },
      async (request) => {
        const access = await requireAccess(db, request, request.params.orgId, "task.progress");
        return updateVersion(db, requireActor(request), access, request.params.id, request.body);
      },
    );

    app.post(
      "/organizations/:orgId/versions/:id/review",
      {
        schema: {
          tags,
          summary: "Review a version: set its status (approved/retake also move the task) and optionally leave a note",
          params: orgRecordParams,
          body: reviewVersionBody,
          response: { 200: reviewResultSchema },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "review.manage");
        return reviewVersion(db, requireActor(request), request.params.orgId, request.params.id, request.body);
      },
    );
  };
}
