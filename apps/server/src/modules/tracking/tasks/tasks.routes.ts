import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParams, pageOf } from "@backlot/contracts/core/common";
import { archiveBody } from "@backlot/contracts/core/people";
import { projectParams, projectRecordParams } from "@backlot/contracts/tracking/projects";
import {
  addDependencyBody,
  bulkUpdateTasksBody,
  createTaskBody,
  dependencySchema,
  readinessSchema,
  taskChangeResultSchema,
  taskListItemSchema,
  taskListQuery,
  taskSchema,
  updateTaskBody,
} from "@backlot/contracts/tracking/tasks";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { notFound } from "../../../platform/http/app-error";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../../core/access/require-access";
import { requireProject } from "../projects/projects.service";
import { addDependency, listDependencies, listProjectDependencies, removeDependency } from "./dependencies.service";
import { readinessBlockers } from "./readiness";
import { presentTask } from "./tasks.presenter";
import { getTask, listTasks } from "./tasks.repo";
import { bulkUpdateTasks, createTask, setTaskArchived, updateTask } from "./tasks.service";

const tags = ["Tasks"];
const base = "/organizations/:orgId/projects/:projectId/tasks";
const scopeOf = (p: { orgId: string; projectId: string }) => ({ organizationId: p.orgId, projectId: p.projectId });
type ListRow = Awaited<ReturnType<typeof listTasks>>[number];
const presentListItem = (r: ListRow) => ({
  ...presentTask(r, r.assigneeSlotIds),
  entityCode: r.entityCode,
  entityTypeKey: r.entityTypeKey,
  entityThumbnailFileId: r.entityThumbnailFileId,
  taskTypeName: r.taskTypeName,
  projectName: r.projectName,
  projectCode: r.projectCode,
});

export function taskRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/tasks",
      {
        schema: {
          tags,
          summary: 'Tasks across projects (e.g. mine=true for "my tasks")',
          params: orgParams,
          querystring: taskListQuery,
          response: { 200: pageOf(taskListItemSchema) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        const { cursor, ...query } = request.query;
        const rows = await listTasks(db, orgId, { ...query, userId: requireActor(request).userId, after: (decodeCursor(cursor, 1)?.[0] as string) ?? null });
        const page = toPage(rows, query.limit, (r) => [r.id]);
        return { items: page.items.map(presentListItem), nextCursor: page.nextCursor };
      },
    );

    app.get(
      base,
      {
        schema: {
          tags,
          summary: "Tasks of a project (board, Gantt)",
          params: projectParams,
          querystring: taskListQuery,
          response: { 200: pageOf(taskListItemSchema) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        const { cursor, ...query } = request.query;
        const rows = await listTasks(db, orgId, {
          ...query,
          projectId,
          userId: requireActor(request).userId,
          after: (decodeCursor(cursor, 1)?.[0] as string) ?? null,
        });
        const page = toPage(rows, query.limit, (r) => [r.id]);
        return { items: page.items.map(presentListItem), nextCursor: page.nextCursor };
      },
    );

    app.post(
      base,
      { config: { idempotent: true }, schema: { tags, summary: "Create a task", params: projectParams, body: createTaskBody, response: { 201: taskSchema } } },
      async (request, reply) => {
        await requireAccess(db, request, request.params.orgId, "task.edit");
        return reply.status(201).send(await createTask(db, requireActor(request), scopeOf(request.params), request.body));
      },
    );

    app.post(
      `${base}/bulk`,
      {
        schema: {
          tags,
          summary: "Apply one change to many tasks (all or nothing)",
          params: projectParams,
          body: bulkUpdateTasksBody,
          response: { 200: z.object({ items: z.array(taskChangeResultSchema) }) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "task.progress");
        const { changes } = request.body;
        // Changing only status is progress; assigning and rescheduling is planning.
        if (changes.assigneeSlotIds || changes.startDate !== undefined || changes.dueDate !== undefined || changes.priority !== undefined) {
          await requireAccess(db, request, orgId, "task.edit");
        }
        return bulkUpdateTasks(db, requireActor(request), scopeOf(request.params), request.body);
      },
    );

    app.get(`${base}/:id`, { schema: { tags, summary: "A task", params: projectRecordParams, response: { 200: taskSchema } } }, async (request) => {
      const { orgId, projectId, id } = request.params;
      await requireAccess(db, request, orgId, "tracking.read");
      const row = await getTask(db, orgId, id, projectId);
      if (!row) throw notFound("Task");
      return presentTask(row, row.assigneeSlotIds);
    });

    app.patch(
      `${base}/:id`,
      {
        schema: {
          tags,
          summary: "Edit a task; the answer warns when work starts before the task is ready",
          params: projectRecordParams,
          body: updateTaskBody,
          response: { 200: taskChangeResultSchema },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "task.progress");
        // Moving a task through statuses is progress (artists); anything else is planning.
        const planning = Object.entries(request.body).some(([key, value]) => key !== "statusId" && key !== "version" && value !== undefined);
        if (planning) await requireAccess(db, request, orgId, "task.edit");
        return updateTask(db, requireActor(request), scopeOf(request.params), request.params.id, request.body);
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
            summary: archived ? "Archive a task" : "Restore a task",
            params: projectRecordParams,
            body: archiveBody,
            response: { 200: taskSchema },
          },
        },
        async (request) => {
          await requireAccess(db, request, request.params.orgId, "task.edit");
          return setTaskArchived(db, requireActor(request), scopeOf(request.params), request.params.id, request.body.version, archived);
        },
      );
    }

    app.get(
      `${base}/:id/readiness`,
      { schema: { tags, summary: "Whether a task is ready to start, and what it waits on", params: projectRecordParams, response: { 200: readinessSchema } } },
      async (request) => {
        const { orgId, projectId, id } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        if (!(await getTask(db, orgId, id, projectId))) throw notFound("Task");
        const blockers = await readinessBlockers(db, orgId, id);
        return { ready: blockers.length === 0, blockers };
      },
    );

    app.get(
      `${base}/:id/dependencies`,
      {
        schema: {
          tags,
          summary: "Finish-to-start links in and out of a task",
          params: projectRecordParams,
          response: { 200: z.object({ items: z.array(dependencySchema) }) },
        },
      },
      async (request) => {
        const { orgId, projectId, id } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        if (!(await getTask(db, orgId, id, projectId))) throw notFound("Task");
        return { items: await listDependencies(db, orgId, id) };
      },
    );

    app.get(
      "/organizations/:orgId/projects/:projectId/dependencies",
      {
        schema: {
          tags,
          summary: "Every finish-to-start link between the project's tasks (Gantt)",
          params: projectParams,
          response: { 200: z.object({ items: z.array(dependencySchema) }) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        return { items: await listProjectDependencies(db, orgId, projectId) };
      },
    );

    app.post(
      `${base}/:id/dependencies`,
      {
        schema: {
          tags,
          summary: "Make a task wait for another (a cycle is refused)",
          params: projectRecordParams,
          body: addDependencyBody,
          response: { 201: z.object({ items: z.array(dependencySchema) }) },
        },
      },
      async (request, reply) => {
        await requireAccess(db, request, request.params.orgId, "task.edit");
        const items = await addDependency(db, requireActor(request), scopeOf(request.params), request.params.id, request.body.predecessorId);
        return reply.status(201).send({ items });
      },
    );

    app.delete(
      `${base}/:id/dependencies/:predecessorId`,
      { schema: { tags, summary: "Remove a dependency", params: projectRecordParams.extend({ predecessorId: z.uuid() }) } },
      async (request, reply) => {
        await requireAccess(db, request, request.params.orgId, "task.edit");
        await removeDependency(db, requireActor(request), scopeOf(request.params), request.params.id, request.params.predecessorId);
        return reply.status(204).send();
      },
    );
  };
}
