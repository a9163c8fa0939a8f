import { and, asc, eq, gte, lte } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParams, orgRecordParams } from "@backlot/contracts/core/common";
import {
  createHolidayBody,
  createTimeOffBody,
  holidayListQuery,
  holidaySchema,
  personRecordParams,
  personSubRecordParams,
  timeOffListQuery,
  timeOffSchema,
} from "@backlot/contracts/booking/profiles";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { publicHolidays } from "../booking.schema";
import { resolveWindow } from "../shared/window";
import { createHoliday, createTimeOff, deleteHoliday, deleteTimeOff, listTimeOff, presentHoliday, requirePerson } from "./time-off.service";

const tags = ["Time off and holidays"];

/** A person's time off and the organization's public holidays (BOOK-1). */
export function timeOffRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/people/:id/time-off",
      {
        schema: {
          tags,
          summary: "A person's time off in a window",
          params: personRecordParams,
          querystring: timeOffListQuery,
          response: { 200: z.object({ items: z.array(timeOffSchema) }) },
        },
      },
      async (request) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        await requirePerson(db, orgId, id);
        const window = await resolveWindow(db, orgId, request.query.from, request.query.to);
        return { items: await listTimeOff(db, orgId, id, window.from, window.to) };
      },
    );

    app.post(
      "/organizations/:orgId/people/:id/time-off",
      {
        config: { idempotent: true },
        schema: {
          tags,
          summary: "Add time off (whole days in the person's time zone, or hours)",
          params: personRecordParams,
          body: createTimeOffBody,
          response: { 201: timeOffSchema },
        },
      },
      async (request, reply) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "person.update");
        return reply.status(201).send(await createTimeOff(db, requireActor(request), orgId, id, request.body));
      },
    );

    app.delete(
      "/organizations/:orgId/people/:id/time-off/:recordId",
      { schema: { tags, summary: "Remove time off", params: personSubRecordParams } },
      async (request, reply) => {
        const { orgId, id, recordId } = request.params;
        await requireAccess(db, request, orgId, "person.update");
        await deleteTimeOff(db, requireActor(request), orgId, id, recordId);
        return reply.status(204).send();
      },
    );

    app.get(
      "/organizations/:orgId/holidays",
      {
        schema: {
          tags,
          summary: "Public holidays",
          params: orgParams,
          querystring: holidayListQuery,
          response: { 200: z.object({ items: z.array(holidaySchema) }) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "booking.read");
        const { from, to } = request.query;
        const rows = await db
          .select()
          .from(publicHolidays)
          .where(
            and(eq(publicHolidays.organizationId, orgId), from ? gte(publicHolidays.date, from) : undefined, to ? lte(publicHolidays.date, to) : undefined),
          )
          .orderBy(asc(publicHolidays.date))
          .limit(2000);
        return { items: rows.map(presentHoliday) };
      },
    );

    app.post(
      "/organizations/:orgId/holidays",
      {
        config: { idempotent: true },
        schema: { tags, summary: "Add a public holiday", params: orgParams, body: createHolidayBody, response: { 201: holidaySchema } },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        await requireAccess(db, request, orgId, "resource.manage");
        return reply.status(201).send(await createHoliday(db, requireActor(request), orgId, request.body));
      },
    );

    app.delete(
      "/organizations/:orgId/holidays/:id",
      { schema: { tags, summary: "Remove a public holiday", params: orgRecordParams } },
      async (request, reply) => {
        const { orgId, id } = request.params;
        await requireAccess(db, request, orgId, "resource.manage");
        await deleteHoliday(db, requireActor(request), orgId, id);
        return reply.status(204).send();
      },
    );
  };
}
