import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParams, orgRecordParams } from "@backlot/contracts/core/common";
import { createSavedViewBody, savedViewListQuery, savedViewSchema, updateSavedViewBody } from "@backlot/contracts/tracking/saved-views";
import type { Deps } from "../../../platform/deps";
import { requireAccess } from "../../core/access/require-access";
import { createSavedView, deleteSavedView, listSavedViews, presentSavedView, requireVisibleView, updateSavedView } from "./saved-views.service";

const tags = ["Saved views"];
const base = "/organizations/:orgId/saved-views";

/** Saved views (CORE-14): private to their owner, or shared with everyone (view.share). */
export function savedViewRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "My views and the shared ones",
          params: orgParams,
          querystring: savedViewListQuery,
          response: { 200: z.object({ items: z.array(savedViewSchema) }) },
        },
      },
      async (request) => {
        const access = await requireAccess(db, request, request.params.orgId, "tracking.read");
        return { items: await listSavedViews(db, access, request.query) };
      },
    );

    app.post(
      base,
      {
        config: { idempotent: true },
        schema: { tags, summary: "Save a view", params: orgParams, body: createSavedViewBody, response: { 201: savedViewSchema } },
      },
      async (request, reply) => {
        const access = await requireAccess(db, request, request.params.orgId, "tracking.read");
        return reply.status(201).send(await createSavedView(db, access, request.body));
      },
    );

    app.get(`${base}/:id`, { schema: { tags, summary: "One saved view", params: orgRecordParams, response: { 200: savedViewSchema } } }, async (request) => {
      const access = await requireAccess(db, request, request.params.orgId, "tracking.read");
      return presentSavedView(await requireVisibleView(db, access, request.params.id));
    });

    app.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: "Rename, reconfigure, share or unshare a view",
          params: orgRecordParams,
          body: updateSavedViewBody,
          response: { 200: savedViewSchema },
        },
      },
      async (request) => {
        const access = await requireAccess(db, request, request.params.orgId, "tracking.read");
        return updateSavedView(db, access, request.params.id, request.body);
      },
    );

    app.delete(`${base}/:id`, { schema: { tags, summary: "Delete a saved view", params: orgRecordParams } }, async (request, reply) => {
      const access = await requireAccess(db, request, request.params.orgId, "tracking.read");
      await deleteSavedView(db, access, request.params.id);
      return reply.status(204).send();
    });
  };
}
