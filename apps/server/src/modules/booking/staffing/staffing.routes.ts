import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createStaffingBody, staffingListQuery, staffingWithCandidatesSchema, updateStaffingBody } from "@backlot/contracts/booking/planning";
import { projectParams, projectRecordParams } from "@backlot/contracts/tracking/projects";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { createStaffing, deleteStaffing, listStaffing, updateStaffing } from "./staffing.service";

const tags = ["Availability and staffing"];
const base = "/organizations/:orgId/projects/:projectId/staffing";

/** Staffing requirements of a project (role, skills, dates, count) with matching candidates (BOOK-6). */
export function staffingRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "A project's staffing requirements, how far each is filled, and free candidates for the rest",
          params: projectParams,
          querystring: staffingListQuery,
          response: { 200: z.object({ items: z.array(staffingWithCandidatesSchema) }) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        return { items: await listStaffing(db, { organizationId: orgId, projectId }, request.query.candidates) };
      },
    );

    app.post(
      base,
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Add a staffing requirement",
          params: projectParams,
          body: createStaffingBody,
          response: { 201: staffingWithCandidatesSchema },
        },
      },
      async (request, reply) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "booking.manage");
        return reply.status(201).send(await createStaffing(db, requireActor(request), { organizationId: orgId, projectId }, request.body));
      },
    );

    app.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: "Edit a staffing requirement",
          params: projectRecordParams,
          body: updateStaffingBody,
          response: { 200: staffingWithCandidatesSchema },
        },
      },
      async (request) => {
        const { orgId, projectId, id } = request.params;
        await requireAccess(db, request, orgId, "booking.manage");
        return updateStaffing(db, requireActor(request), { organizationId: orgId, projectId }, id, request.body);
      },
    );

    app.delete(`${base}/:id`, { schema: { tags, summary: "Remove a staffing requirement", params: projectRecordParams } }, async (request, reply) => {
      const { orgId, projectId, id } = request.params;
      await requireAccess(db, request, orgId, "booking.manage");
      await deleteStaffing(db, requireActor(request), { organizationId: orgId, projectId }, id);
      return reply.status(204).send();
    });
  };
}
