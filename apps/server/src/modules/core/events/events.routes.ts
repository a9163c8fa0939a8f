import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { eventsQuery, type LiveEvent } from "@backlot/contracts/core/events";
import { orgParams } from "@backlot/contracts/core/common";
import { readActionByRecordType } from "@backlot/contracts/core/roles";
import type { Deps } from "../../../platform/deps";
import { eventAudience } from "../../../platform/events/event-audience";
import { loadAccess, type Access } from "../access/access.repo";
import { resolveActor } from "../../../platform/http/actor";
import { authorize } from "../access/authorize";
import { requireAccess } from "../access/require-access";

/** How stale the "still signed in?" answer may be when an event is about to be sent. */
const revalidateAfterMs = 5_000;
const revalidateEveryMs = 30_000;

/**
 * Live events of one organization over WebSocket. Each event is shown only to users whose
 * role may read that kind of record; a membership change of the user re-reads their access,
 * and a socket whose session or token has ended (sign-out, revocation) is closed.
 */
export function eventRoutes({ db, auth, hub }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/events",
      {
        websocket: true,
        schema: {
          tags: ["Live events"],
          summary: "WebSocket stream of changes; resume with ?after=<last event id>",
          params: orgParams,
          querystring: eventsQuery,
        },
      },
      async (socket, request) => {
        let access: Access | null = await requireAccess(db, request, request.params.orgId, "organization.read").catch(() => null);
        if (!access) {
          socket.close(4404, "not found");
          return;
        }
        const userId = access.userId;
        const canSee = (event: LiveEvent) => {
          const action = readActionByRecordType[event.recordType];
          const audience = eventAudience(event);
          return access !== null && action !== undefined && (audience === null || audience === userId) && authorize(access, action).allowed;
        };
        let checkedAt = Date.now();
        const checkStillSignedIn = async () => {
          checkedAt = Date.now();
          const actor = await resolveActor(db, auth, request.headers);
          if (actor?.userId === userId) return;
          access = null;
          socket.close(4401, "session ended");
        };
        const timer = setInterval(() => void checkStillSignedIn().catch(() => {}), revalidateEveryMs);
        timer.unref();
        socket.on("close", () => clearInterval(timer));
        const concernsMe = (event: LiveEvent) =>
          event.recordType === "membership" && (event.type === "membership.deleted" || (event.data as { userId?: string } | undefined)?.userId === userId);
        const onEvent = async (event: LiveEvent) => {
          if (Date.now() - checkedAt > revalidateAfterMs) await checkStillSignedIn();
          if (!access || !concernsMe(event)) return;
          access = await loadAccess(db, request.params.orgId, userId);
          if (!access) socket.close(4403, "membership ended");
        };
        const unsubscribe = await hub.subscribe(
          { organizationId: request.params.orgId, canSee, onEvent, send: (m) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(m)) },
          request.query.after,
        );
        // The client may have gone while we were replaying its backlog.
        if (socket.readyState !== socket.OPEN) unsubscribe();
        else socket.on("close", unsubscribe);
      },
    );
  };
}
