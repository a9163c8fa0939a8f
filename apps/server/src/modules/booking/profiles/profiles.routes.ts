import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParams } from "@backlot/contracts/core/common";
import { createSkillBody, personProfileSchema, personRecordParams, skillSchema, updatePersonProfileBody } from "@backlot/contracts/booking/profiles";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { listSkills, presentProfile } from "./profiles.repo";
import { createSkill, requireProfile, updateProfile } from "./profiles.service";

const tags = ["People profiles"];

/** Booking profiles of people (BOOK-1) and the organization's skill list. */
export function profileRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/people/:id/profile",
      { schema: { tags, summary: "A person's skills, rates, location and working hours", params: personRecordParams, response: { 200: personProfileSchema } } },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "person.read");
        return presentProfile(await requireProfile(db, orgId, id));
      },
    );

    app.patch(
      "/organizations/:orgId/people/:id/profile",
      {
        schema: {
          tags,
          summary: "Edit a person's booking profile (version 0 creates it)",
          params: personRecordParams,
          body: updatePersonProfileBody,
          response: { 200: personProfileSchema },
        },
      },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "person.update");
        return updateProfile(db, requireActor(request), orgId, id, request.body);
      },
    );

    app.get(
      "/organizations/:orgId/skills",
      { schema: { tags, summary: "The organization's skills", params: orgParams, response: { 200: z.object({ items: z.array(skillSchema) }) } } },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "person.read");
        return { items: await listSkills(db, request.params.orgId) };
      },
    );

    app.post(
      "/organizations/:orgId/skills",
      { config: { idempotent: true }, schema: { tags, summary: "Add a skill", params: orgParams, body: createSkillBody, response: { 201: skillSchema } } },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "resource.manage");
        return reply.status(201).send(await createSkill(db, requireActor(request), orgId, request.body.name));
      },
    );
  };
}
