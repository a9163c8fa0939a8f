import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParams, orgRecordParams } from "@backlot/contracts/core/common";
import { createResourceBody, resourceListQuery, resourceSchema, updateResourceBody } from "@backlot/contracts/booking/resources";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { createResource, listResources, presentResource, requireResource, updateResource } from "./resources.service";

const tags = ["Resources"];
const base = "/organizations/:orgId/resources";

/** Rooms (by studio) and equipment, bookable like people (BOOK-2). */
export function resourceRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "Rooms and equipment",
          params: orgParams,
          querystring: resourceListQuery,
          response: { 200: z.object({ items: z.array(resourceSchema) }) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        return { items: await listResources(db, orgId, request.query) };
      },
    );

    app.post(
      base,
      {
        config: { idempotent: true },
        schema: { tags, summary: "Add a room or piece of equipment", params: orgParams, body: createResourceBody, response: { 201: resourceSchema } },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "resource.manage");
        return reply.status(201).send(await createResource(db, requireActor(request), orgId, request.body));
      },
    );

    app.get(
      `${base}/:id`,
      { schema: { tags, summary: "A room or piece of equipment", params: orgRecordParams, response: { 200: resourceSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        return presentResource(await requireResource(db, orgId, id));
      },
    );

    app.patch(
      `${base}/:id`,
      {
        schema: { tags, summary: "Edit, archive or restore a resource", params: orgRecordParams, body: updateResourceBody, response: { 200: resourceSchema } },
      },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "resource.manage");
        return updateResource(db, requireActor(request), orgId, id, request.body);
      },
    );
  };
}
