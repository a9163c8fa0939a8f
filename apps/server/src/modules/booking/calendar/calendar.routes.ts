import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { calendarFeedSchema, calendarFeedStateSchema, calendarFileParams } from "@backlot/contracts/booking/calendar";
import { personRecordParams } from "@backlot/contracts/booking/profiles";
import type { Db } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import type { Deps } from "../../../platform/deps";
import { forbidden, notFound } from "../../../platform/http/app-error";
import { requireActor } from "../../../platform/http/actor";
import { authorize } from "../../core/access/authorize";
import { requireAccess } from "../../core/access/require-access";
import { resources } from "../booking.schema";
import { renderFeed } from "./calendar-render";
import { type FeedSubject, feedByToken, getActiveFeed, revokeFeed, rotateFeed } from "./calendar-feeds.service";

const tags = ["Calendar feeds"];

/** Managers handle every feed; a member may handle the feed of the person linked to their own login. */
async function requireFeedAccess(db: Db, request: FastifyRequest, organizationId: string, subject: FeedSubject) {
  const access = await requireAccess(db, request, organizationId, "booking.read");
  const table = subject.kind === "person" ? people : resources;
  const [row] = await db
    .select({ id: table.id, ...(subject.kind === "person" ? { userId: people.userId } : {}) })
    .from(table)
    .where(and(eq(table.organizationId, organizationId), eq(table.id, subject.id)));
  if (!row) throw notFound(subject.kind === "person" ? "Person" : "Resource");
  const manage = authorize(access, "booking.manage");
  const own = subject.kind === "person" && (row as { userId?: string | null }).userId === access.userId;
  if (!manage.allowed && !own) throw forbidden(manage.reason);
}

/** Secret iCal URLs per person and per room (BOOK-10): show, create (rotate) and revoke. */
export function calendarFeedRoutes({ db, config }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const [segment, kind] of [
      ["people", "person"],
      ["resources", "resource"],
    ] as const) {
      const path = `/organizations/:orgId/${segment}/:id/calendar-feed`;
      const what = kind === "person" ? "person's" : "room's or equipment's";
      app.get(
        path,
        {
          schema: {
            tags,
            summary: `The ${what} active calendar feed (without its secret URL)`,
            params: personRecordParams,
            response: { 200: calendarFeedStateSchema },
          },
        },
        async (request) => {
          const { orgId, id } = request.params;
          await requireFeedAccess(db, request, orgId, { kind, id });
          return { feed: await getActiveFeed(db, orgId, { kind, id }) };
        },
      );
      app.post(
        path,
        {
          schema: {
            tags,
            summary: `A new secret iCal URL for the ${what} bookings (the old one stops working)`,
            params: personRecordParams,
            response: { 201: calendarFeedSchema },
          },
        },
        async (request, reply) => {
          const { orgId, id } = request.params;
          await requireFeedAccess(db, request, orgId, { kind, id });
          return reply.status(201).send(await rotateFeed(db, requireActor(request), orgId, { kind, id }, config.publicUrl));
        },
      );
      app.delete(path, { schema: { tags, summary: `Revoke the ${what} calendar feed`, params: personRecordParams } }, async (request, reply) => {
        const { orgId, id } = request.params;
        await requireFeedAccess(db, request, orgId, { kind, id });
        await revokeFeed(db, orgId, { kind, id });
        return reply.status(204).send();
      });
    }

    app.get(
      "/calendars/:file",
      {
        config: { public: true },
        schema: {
          tags,
          summary: "The iCalendar feed behind a secret URL (no sign-in; the URL is the credential)",
          params: calendarFileParams,
          produces: ["text/calendar"],
        },
      },
      async (request, reply) => {
        const feed = await feedByToken(db, request.params.file.replace(/\.ics$/, ""));
        if (!feed) throw notFound("Calendar");
        return reply
          .header("content-type", "text/calendar; charset=utf-8")
          .header("cache-control", "private, max-age=300")
          .header("content-disposition", 'inline; filename="backlot.ics"')
          .send(await renderFeed(db, feed));
      },
    );
  };
}
