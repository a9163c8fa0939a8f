import { stringify } from "csv-stringify/sync";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { projectParams, projectRecordParams } from "@backlot/contracts/tracking/projects";
import { createRoleSlotBody, roleSlotSchema, updateRoleSlotBody } from "@backlot/contracts/tracking/slots";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { requireProject } from "../projects/projects.service";
import { presentRoleSlot } from "./slots.presenter";
import { listRoleSlots } from "./slots.repo";
import { createRoleSlot, updateRoleSlot } from "./slots.service";

const tags = ["Role slots"];
const base = "/organizations/:orgId/projects/:projectId/slots";

export function slotRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "Role slots of a project",
          params: projectParams,
          querystring: z.object({ archived: z.stringbool().default(false) }),
          response: { 200: z.object({ items: z.array(roleSlotSchema) }) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        return { items: (await listRoleSlots(db, orgId, projectId, request.query.archived)).map(presentRoleSlot) };
      },
    );

    app.get(
      `${base}/credits.csv`,
      { schema: { tags, summary: "Credits list (CSV) from the filled role slots", params: projectParams, produces: ["text/csv"] } },
      async (request, reply) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        const project = await requireProject(db, orgId, projectId);
        const slots = await listRoleSlots(db, orgId, projectId, false);
        const rows = slots.map((s) => [s.department ?? "", s.role, s.displayName, s.personName ?? ""]);
        const csv = stringify([["Department", "Role", "Credit", "Name"], ...rows], { bom: true });
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="${project.code}-credits.csv"`)
          .send(csv);
      },
    );

    app.post(
      base,
      {
        config: { idempotent: true },
        schema: { tags, summary: "Add a role slot", params: projectParams, body: createRoleSlotBody, response: { 201: roleSlotSchema } },
      },
      async (request, reply) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "project.manage");
        return reply.status(201).send(await createRoleSlot(db, requireActor(request), { organizationId: orgId, projectId }, request.body));
      },
    );

    app.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: "Edit a role slot or fill it with a person",
          params: projectRecordParams,
          body: updateRoleSlotBody,
          response: { 200: roleSlotSchema },
        },
      },
      async (request) => {
        const { orgId, projectId, id } = request.params;
        await requireAccess(db, request, orgId, "project.manage");
        return updateRoleSlot(db, requireActor(request), { organizationId: orgId, projectId }, id, request.body);
      },
    );
  };
}
