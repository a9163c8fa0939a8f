import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pageOf } from "@backlot/contracts/core/common";
import { archiveBody } from "@backlot/contracts/core/people";
import { castingSchema, createEntityBody, entityListQuery, entitySchema, setCastingBody, updateEntityBody } from "@backlot/contracts/tracking/entities";
import { projectParams, projectRecordParams } from "@backlot/contracts/tracking/projects";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { notFound } from "../../../platform/http/app-error";
import { requireAccess } from "../../core/access/require-access";
import { requireProject } from "../projects/projects.service";
import { listCasting, setCasting } from "./casting.service";
import { presentEntity } from "./entities.presenter";
import { getEntity, listEntities } from "./entities.repo";
import { createEntity, setEntityArchived, updateEntity } from "./entities.service";

const tags = ["Entities"];
const base = "/organizations/:orgId/projects/:projectId/entities";
const scopeOf = (p: { orgId: string; projectId: string }) => ({ organizationId: p.orgId, projectId: p.projectId });

export function entityRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "Entities of a project by code",
          params: projectParams,
          querystring: entityListQuery,
          response: { 200: pageOf(entitySchema) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        const { cursor, ...query } = request.query;
        const rows = await listEntities(db, orgId, projectId, { ...query, after: decodeCursor(cursor, 2) as [string, string] | null });
        const page = toPage(rows, query.limit, (r) => [r.code, r.id]);
        return { items: page.items.map(presentEntity), nextCursor: page.nextCursor };
      },
    );

    app.post(
      base,
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Create a shot, asset, sequence or other entity (and its template tasks)",
          params: projectParams,
          body: createEntityBody,
          response: { 201: entitySchema },
        },
      },
      async (request, reply) => {
        await requireAccess(db, request, request.params.orgId, "entity.edit");
        return reply.status(201).send(await createEntity(db, requireActor(request), scopeOf(request.params), request.body));
      },
    );

    app.get(`${base}/:id`, { schema: { tags, summary: "An entity", params: projectRecordParams, response: { 200: entitySchema } } }, async (request) => {
      const { orgId, projectId, id } = request.params;
      await requireAccess(db, request, orgId, "tracking.read");
      const row = await getEntity(db, orgId, projectId, id);
      if (!row) throw notFound("Entity");
      return presentEntity(row);
    });

    app.patch(
      `${base}/:id`,
      { schema: { tags, summary: "Edit an entity", params: projectRecordParams, body: updateEntityBody, response: { 200: entitySchema } } },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "entity.edit");
        return updateEntity(db, requireActor(request), scopeOf(request.params), request.params.id, request.body);
      },
    );

    for (const [path, archived] of [
      ["archive", true],
      ["restore", false],
    ] as const) {
      app.post(
        `${base}/:id/${path}`,
        {
          schema: {
            tags,
            summary: archived ? "Archive an entity" : "Restore an entity",
            params: projectRecordParams,
            body: archiveBody,
            response: { 200: entitySchema },
          },
        },
        async (request) => {
          await requireAccess(db, request, request.params.orgId, "entity.edit");
          return setEntityArchived(db, requireActor(request), scopeOf(request.params), request.params.id, request.body.version, archived);
        },
      );
    }

    app.get(
      `${base}/:id/casting`,
      {
        schema: {
          tags,
          summary: "Assets cast in a shot or scene",
          params: projectRecordParams,
          response: { 200: z.object({ items: z.array(castingSchema) }) },
        },
      },
      async (request) => {
        const { orgId, projectId, id } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        if (!(await getEntity(db, orgId, projectId, id))) throw notFound("Entity");
        return { items: await listCasting(db, scopeOf(request.params), { entityId: id }) };
      },
    );

    app.put(
      `${base}/:id/casting`,
      {
        schema: {
          tags,
          summary: "Replace the assets cast in a shot or scene",
          params: projectRecordParams,
          body: setCastingBody,
          response: { 200: z.object({ items: z.array(castingSchema) }) },
        },
      },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "entity.edit");
        return { items: await setCasting(db, requireActor(request), scopeOf(request.params), request.params.id, request.body) };
      },
    );

    app.get(
      "/organizations/:orgId/projects/:projectId/casting",
      {
        schema: {
          tags,
          summary: "Casting of a sequence (or of a whole project, or where one asset appears)",
          params: projectParams,
          querystring: z.object({ parentId: z.uuid().optional(), assetId: z.uuid().optional() }),
          response: { 200: z.object({ items: z.array(castingSchema) }) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        return { items: await listCasting(db, scopeOf(request.params), request.query) };
      },
    );
  };
}
