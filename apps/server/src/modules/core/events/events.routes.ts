import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { eventsQuery, type LiveEvent } from "@backlot/contracts/core/events";
import { orgParams } from "@backlot/contracts/core/common";
import { readActionByRecordType } from "@backlot/contracts/core/roles";
import type { Deps } from "../../../platform/deps";
import { loadAccess, type Access } from "../access/access.repo";
import { authorize } from "../access/authorize";
import { requireAccess } from "../access/require-access";

/**
 * Live events of one organization over WebSocket. Each event is shown only to users whose
 * role may read that kind of record; a membership change of the user re-reads their access.
 */
export function eventRoutes({ db, hub }: Deps): FastifyPluginAsyncZod {
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
          return access !== null && action !== undefined && authorize(access, action).allowed;
        };
        const onEvent = async (event: LiveEvent) => {
          if (event.recordType !== "membership" || ((event.data as { userId?: string } | undefined)?.userId !== userId && event.type !== "membership.deleted"))
            return;
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
