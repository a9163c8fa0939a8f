import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createFieldBody, fieldDefinitionSchema, updateFieldBody } from "@backlot/contracts/tracking/fields";
import { projectParams, projectRecordParams } from "@backlot/contracts/tracking/projects";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { requireProject } from "../projects/projects.service";
import { presentFieldDefinition } from "./fields.presenter";
import { listFieldDefinitions } from "./fields.repo";
import { createField, updateField } from "./fields.service";

const tags = ["Custom fields"];
const base = "/organizations/:orgId/projects/:projectId/fields";

export function fieldRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "Custom fields that apply in a project",
          params: projectParams,
          querystring: z.object({ object: z.string().max(40).optional(), archived: z.stringbool().default(false) }),
          response: { 200: z.object({ items: z.array(fieldDefinitionSchema) }) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        const rows = await listFieldDefinitions(db, orgId, projectId, { object: request.query.object, includeArchived: request.query.archived });
        return { items: rows.map(presentFieldDefinition) };
      },
    );

    app.post(
      base,
      {
        config: { idempotent: true },
        schema: { tags, summary: "Define a custom field", params: projectParams, body: createFieldBody, response: { 201: fieldDefinitionSchema } },
      },
      async (request, reply) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "field.manage");
        return reply.status(201).send(await createField(db, requireActor(request), { organizationId: orgId, projectId }, request.body));
      },
    );

    app.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: "Edit or archive a custom field",
          params: projectRecordParams,
          body: updateFieldBody,
          response: { 200: fieldDefinitionSchema },
        },
      },
      async (request) => {
        const { orgId, projectId, id } = request.params;
        await requireAccess(db, request, orgId, "field.manage");
        return updateField(db, requireActor(request), { organizationId: orgId, projectId }, id, request.body);
      },
    );
  };
}
