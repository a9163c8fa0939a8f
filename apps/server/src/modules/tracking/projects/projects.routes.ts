import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgParams, orgRecordParams, pageOf } from "@backlot/contracts/core/common";
import { archiveBody } from "@backlot/contracts/core/people";
import { createProjectBody, projectListQuery, projectSchema, updateProjectBody } from "@backlot/contracts/tracking/projects";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../../core/access/require-access";
import { presentProject } from "./projects.presenter";
import { listProjects } from "./projects.repo";
import { createProject, requireProject, setProjectArchived, updateProject } from "./projects.service";

const tags = ["Projects"];

export function projectRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/projects",
      {
        schema: {
          tags,
          summary: "Projects (search, status filter, cursor pages)",
          params: orgParams,
          querystring: projectListQuery,
          response: { 200: pageOf(projectSchema) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        const { cursor, ...query } = request.query;
        const rows = await listProjects(db, orgId, { ...query, after: decodeCursor(cursor, 2) as [string, string] | null });
        const page = toPage(rows, query.limit, (r) => [r.sortKey, r.id]);
        return { items: page.items.map(presentProject), nextCursor: page.nextCursor };
      },
    );

    app.post(
      "/organizations/:orgId/projects",
      {
        config: { idempotent: true },
        schema: { tags, summary: "Create a project from a template", params: orgParams, body: createProjectBody, response: { 201: projectSchema } },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "project.manage");
        return reply.status(201).send(await createProject(db, requireActor(request), orgId, request.body));
      },
    );

    app.get(
      "/organizations/:orgId/projects/:id",
      { schema: { tags, summary: "A project", params: orgRecordParams, response: { 200: projectSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        return presentProject(await requireProject(db, orgId, id));
      },
    );

    app.patch(
      "/organizations/:orgId/projects/:id",
      { schema: { tags, summary: "Edit a project", params: orgRecordParams, body: updateProjectBody, response: { 200: projectSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "project.manage");
        return updateProject(db, requireActor(request), orgId, id, request.body);
      },
    );

    for (const [path, archived] of [
      ["archive", true],
      ["restore", false],
    ] as const) {
      app.post(
        `/organizations/:orgId/projects/:id/${path}`,
        {
          schema: {
            tags,
            summary: archived ? "Archive a project" : "Restore an archived project",
            params: orgRecordParams,
            body: archiveBody,
            response: { 200: projectSchema },
          },
        },
        async (request) => {
          const { orgId, id } = request.params;
          await requireAccess(db, request, orgId, "project.manage");
          return setProjectArchived(db, requireActor(request), orgId, id, request.body.version, archived);
        },
      );
    }
  };
}
