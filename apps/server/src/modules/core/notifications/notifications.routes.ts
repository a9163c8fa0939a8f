import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { orgParams, orgRecordParams } from "@backlot/contracts/core/common";
import { notificationListQuery, notificationSchema, readAllResultSchema, unreadCountSchema } from "@backlot/contracts/core/notifications";
import { pageOf } from "@backlot/contracts/core/common";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../access/require-access";
import { presentNotification } from "./notifications.presenter";
import { countUnread, listNotifications } from "./notifications.repo";
import { markAllNotificationsRead, markNotificationRead } from "./notifications.service";

const tags = ["Inbox"];
const base = "/organizations/:orgId/notifications";

/** The caller's own inbox (CORE-9); nobody can read or mark another user's notifications. */
export function notificationRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: "My notifications, newest first",
          params: orgParams,
          querystring: notificationListQuery,
          response: { 200: pageOf(notificationSchema) },
        },
      },
      async (request) => {
        const { orgId } = request.params;
        const access = await requireAccess(db, request, orgId, "organization.read");
        const [before] = (decodeCursor(request.query.cursor, 1) as [string] | null) ?? [null];
        const rows = await listNotifications(db, orgId, access.userId, { unread: request.query.unread, before, limit: request.query.limit + 1 });
        const page = toPage(rows, request.query.limit, (r) => [r.id]);
        return { items: page.items.map(presentNotification), nextCursor: page.nextCursor };
      },
    );

    app.get(
      `${base}/unread-count`,
      { schema: { tags, summary: "How many of my notifications are unread", params: orgParams, response: { 200: unreadCountSchema } } },
      async (request) => {
        const access = await requireAccess(db, request, request.params.orgId, "organization.read");
        return { count: await countUnread(db, request.params.orgId, access.userId) };
      },
    );

    app.post(
      `${base}/read-all`,
      { schema: { tags, summary: "Mark all my notifications read", params: orgParams, response: { 200: readAllResultSchema } } },
      async (request) => {
        await requireAccess(db, request, request.params.orgId, "organization.read");
        return markAllNotificationsRead(db, requireActor(request), request.params.orgId);
      },
    );

    for (const [path, read] of [
      ["read", true],
      ["unread", false],
    ] as const) {
      app.post(
        `${base}/:id/${path}`,
        { schema: { tags, summary: `Mark one of my notifications ${path}`, params: orgRecordParams, response: { 200: notificationSchema } } },
        async (request) => {
          await requireAccess(db, request, request.params.orgId, "organization.read");
          return markNotificationRead(db, requireActor(request), request.params.orgId, request.params.id, read);
        },
      );
    }
  };
}
