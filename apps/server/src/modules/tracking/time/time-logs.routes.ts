import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgParams, orgRecordParams, pageOf } from "@backlot/contracts/core/common";
import { createTimeLogBody, timeLogListQuery, timeLogSchema, timesheetQuery, timesheetSchema, updateTimeLogBody } from "@backlot/contracts/tracking/time-logs";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { authorize } from "../../core/access/authorize";
import { requireAccess } from "../../core/access/require-access";
import { presentTimeLog } from "./time-logs.presenter";
import { listTimeLogs } from "./time-logs.repo";
import { callerPersonId, createTimeLog, deleteTimeLog, resolvePerson, updateTimeLog } from "./time-logs.service";
import { buildTimesheet } from "./timesheet";

const tags = ["Time"];
const base = "/organizations/:orgId/time-logs";

/** Time logs per person, task and day, and weekly timesheets (TRK-9). */
export function timeLogRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "Time logs, latest day first (artists see their own; coordinators everyone's)",
          params: orgParams,
          querystring: timeLogListQuery,
          response: { 200: pageOf(timeLogSchema) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        const { limit, cursor, ...filter } = request.query;
        const access = await requireAccess(db, request, orgId, "task.progress");
        const seesAll = authorize(access, "task.edit").allowed;
        const personId = filter.personId
          ? await resolvePerson(db, access, filter.personId, "query.personId")
          : seesAll
            ? undefined
            : await callerPersonId(db, orgId, access.userId);
        if (!seesAll && !personId) return { items: [], nextCursor: null };
        const after = decodeCursor(cursor, 2) as [string, string] | null;
        const rows = await listTimeLogs(db, orgId, { ...filter, personId: personId ?? undefined, after, limit: limit + 1 });
        const page = toPage(rows, limit, (r) => [r.day, r.id]);
        return { items: page.items.map(presentTimeLog), nextCursor: page.nextCursor };
      },
    );

    app.post(
      base,
      {
        config: { idempotent: true },
        schema: { tags, summary: "Log time on a task", params: orgParams, body: createTimeLogBody, response: { 201: timeLogSchema } },
      },
      async (request, reply) => {
        const access = await requireAccess(db, request, request.params.orgId, "task.progress");
        return reply.status(201).send(await createTimeLog(db, requireActor(request), access, request.body));
      },
    );

    app.patch(
      `${base}/:id`,
      { schema: { tags, summary: "Correct a time log", params: orgRecordParams, body: updateTimeLogBody, response: { 200: timeLogSchema } } },
      async (request) => {
        const access = await requireAccess(db, request, request.params.orgId, "task.progress");
        return updateTimeLog(db, requireActor(request), access, request.params.id, request.body);
      },
    );

    app.delete(`${base}/:id`, { schema: { tags, summary: "Delete a time log", params: orgRecordParams } }, async (request, reply) => {
      const access = await requireAccess(db, request, request.params.orgId, "task.progress");
      await deleteTimeLog(db, requireActor(request), access, request.params.id);
      return reply.status(204).send();
    });

    app.get(
      "/organizations/:orgId/timesheet",
      {
        schema: {
          tags,
          summary: "A person's weekly timesheet (tasks × days)",
          params: orgParams,
          querystring: timesheetQuery,
          response: { 200: timesheetSchema },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        const access = await requireAccess(db, request, orgId, "task.progress");
        const personId = await resolvePerson(db, access, request.query.personId, "query.personId");
        return buildTimesheet(db, orgId, personId, request.query.week);
      },
    );
  };
}
