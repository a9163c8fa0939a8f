import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Deps } from "../../platform/deps";
import { accessRoutes } from "./access/access.routes";
import { auditRoutes } from "./audit/audit.routes";
import { registerCollaborationModule } from "./collaboration.module";
import { eventRoutes } from "./events/events.routes";
import { invitationRoutes } from "./invitations/invitations.routes";
import { memberRoutes } from "./members/members.routes";
import { organizationRoutes } from "./organizations/organizations.routes";
import { peopleRoutes } from "./people/people.routes";
import { tokenRoutes } from "./tokens/tokens.routes";

/** Core: organizations, access, members, invitations, people, audit, live events, tokens. */
export function registerCoreModule(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const routes of [accessRoutes, organizationRoutes, memberRoutes, invitationRoutes, peopleRoutes, auditRoutes, tokenRoutes, eventRoutes]) {
      await app.register(routes(deps));
    }
    await app.register(registerCollaborationModule(deps));
  };
}
