import type { FastifyRequest } from "fastify";
import type { Action } from "@backlot/contracts/core/roles";
import { forbidden, notFound } from "../../../platform/http/app-error";
import { requireActor } from "../../../platform/http/actor";
import type { Db } from "../../../platform/db/pool";
import { type Access, loadAccess } from "./access.repo";
import { authorize, type Scope } from "./authorize";

/**
 * Authenticates, checks membership and authorizes in one step. Not being a member answers
 * 404, exactly like a record that does not exist, so organizations cannot be probed.
 */
export async function requireAccess(db: Db, request: FastifyRequest, organizationId: string, action: Action, scope?: Scope): Promise<Access> {
  const actor = requireActor(request);
  const preloaded = request.preloadedAccess;
  const access = preloaded?.organizationId === organizationId ? preloaded.access : await loadAccess(db, organizationId, actor.userId);
  if (!access) throw notFound("Organization");
  const decision = authorize(access, action, scope);
  if (!decision.allowed) throw forbidden(decision.reason);
  return access;
}
