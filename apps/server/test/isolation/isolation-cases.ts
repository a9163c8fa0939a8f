import type { FastifyInstance } from "fastify";
import type { Db } from "../../src/platform/db/pool";
import type { TestUser } from "../factories";

/** `db` is for fixtures that have no API yet (tasks, until the task routes land). */
export type IsolationContext = { app: FastifyInstance; owner: TestUser; orgId: string; db: Db };
export type IsolationRequest = { url: string; body?: unknown; websocket?: boolean };

/**
 * One module's share of the tenant-isolation test: it creates records in the target
 * organization, names a valid request for each of its organization-scoped routes ("METHOD
 * /path" as in the OpenAPI document), and checks afterwards that an outsider changed nothing.
 * Files named `*.cases.ts` in this folder are picked up automatically.
 */
export type IsolationCases = {
  setup(ctx: IsolationContext): Promise<Record<string, string>>;
  requests(ids: Record<string, string>): Record<string, () => IsolationRequest>;
  verifyUnchanged(ctx: IsolationContext, ids: Record<string, string>): Promise<void>;
};
