import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyRequest } from "fastify";
import {
  createMilestoneBody,
  createPhaseBody,
  createPhaseDependencyBody,
  milestoneSchema,
  phaseChangeResultSchema,
  phaseDependencySchema,
  phaseSchema,
  timelineSchema,
  updateMilestoneBody,
  updatePhaseBody,
} from "@backlot/contracts/booking/timeline";
import type { Action } from "@backlot/contracts/core/roles";
import { projectParams, projectRecordParams } from "@backlot/contracts/tracking/projects";
import type { Deps } from "../../../platform/deps";
import { type Actor, requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { requireProject } from "../../tracking/projects/projects.service";
import { createMilestone, deleteMilestone, updateMilestone } from "./milestones.service";
import { addPhaseDependency, removePhaseDependency } from "./phase-dependencies.service";
import { createPhase, deletePhase, updatePhase } from "./phases.service";
import { loadTimeline, type TimelineScope } from "./timeline.repo";

const tags = ["Project timeline"];
const base = "/organizations/:orgId/projects/:projectId/timeline";

/** The project timeline (BOOK-8): phases, finish-to-start links between them, milestones. */
export function timelineRoutes({ db }: Deps): FastifyPluginAsyncZod {
  /** Who sees the project sees its timeline; who manages the project (there or org-wide) edits it. */
  const access = async (request: FastifyRequest, params: { orgId: string; projectId: string }, action: Action): Promise<[Actor, TimelineScope]> => {
    await requireAccess(db, request, params.orgId, action, { type: "project", id: params.projectId });
    await requireProject(db, params.orgId, params.projectId);
    return [requireActor(request), { organizationId: params.orgId, projectId: params.projectId }];
  };
  const edit = "project.manage";

  return async (app) => {
    app.get(
      base,
      { schema: { tags, summary: "A project's phases, their links and milestones", params: projectParams, response: { 200: timelineSchema } } },
      async (request) => loadTimeline(db, (await access(request, request.params, "tracking.read"))[1]),
    );

    app.post(
      `${base}/phases`,
      { config: { idempotent: true }, schema: { tags, summary: "Add a phase", params: projectParams, body: createPhaseBody, response: { 201: phaseSchema } } },
      async (request, reply) => reply.status(201).send(await createPhase(db, ...(await access(request, request.params, edit)), request.body)),
    );

    app.patch(
      `${base}/phases/:id`,
      {
        schema: {
          tags,
          summary: "Edit, move or resize a phase; its dependents move with it or are reported",
          params: projectRecordParams,
          body: updatePhaseBody,
          response: { 200: phaseChangeResultSchema },
        },
      },
      async (request) => updatePhase(db, ...(await access(request, request.params, edit)), request.params.id, request.body),
    );

    app.delete(`${base}/phases/:id`, { schema: { tags, summary: "Remove a phase and its links", params: projectRecordParams } }, async (request, reply) => {
      await deletePhase(db, ...(await access(request, request.params, edit)), request.params.id);
      return reply.status(204).send();
    });

    app.post(
      `${base}/milestones`,
      {
        config: { idempotent: true },
        schema: { tags, summary: "Add a milestone", params: projectParams, body: createMilestoneBody, response: { 201: milestoneSchema } },
      },
      async (request, reply) => reply.status(201).send(await createMilestone(db, ...(await access(request, request.params, edit)), request.body)),
    );

    app.patch(
      `${base}/milestones/:id`,
      { schema: { tags, summary: "Edit a milestone", params: projectRecordParams, body: updateMilestoneBody, response: { 200: milestoneSchema } } },
      async (request) => updateMilestone(db, ...(await access(request, request.params, edit)), request.params.id, request.body),
    );

    app.delete(`${base}/milestones/:id`, { schema: { tags, summary: "Remove a milestone", params: projectRecordParams } }, async (request, reply) => {
      await deleteMilestone(db, ...(await access(request, request.params, edit)), request.params.id);
      return reply.status(204).send();
    });

    app.post(
      `${base}/dependencies`,
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Make a phase wait for another (finish-to-start); a cycle is refused with 409",
          params: projectParams,
          body: createPhaseDependencyBody,
          response: { 201: phaseDependencySchema },
        },
      },
      async (request, reply) => reply.status(201).send(await addPhaseDependency(db, ...(await access(request, request.params, edit)), request.body)),
    );

    app.delete(
      `${base}/dependencies/:id`,
      { schema: { tags, summary: "Remove a link between phases", params: projectRecordParams } },
      async (request, reply) => {
        await removePhaseDependency(db, ...(await access(request, request.params, edit)), request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
