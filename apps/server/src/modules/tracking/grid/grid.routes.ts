import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { parseCustomValue } from "@backlot/contracts/tracking/fields";
import { type GridCell, type GridPage, gridPageSchema, gridQuery } from "@backlot/contracts/tracking/grid";
import { projectParams } from "@backlot/contracts/tracking/projects";
import type { Deps } from "../../../platform/deps";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";
import { sendJsonText } from "../../../platform/http/json-text";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../../core/access/require-access";
import { cutDuration } from "../entities/entities.presenter";
import { listFieldDefinitions } from "../fields/fields.repo";
import { requireProject } from "../projects/projects.service";
import { gridPage, gridTotal } from "./grid.repo";

const tags = ["Grid"];

/** `key:value` filters become JSONB containment documents typed by the field definitions. */
async function customFilters(db: Queryable, organizationId: string, projectId: string, typeKey: string, filters: string[] | undefined) {
  if (!filters?.length) return [];
  const defs = await listFieldDefinitions(db, organizationId, projectId, { object: typeKey });
  return filters.map((filter, index) => {
    const split = filter.indexOf(":");
    const key = filter.slice(0, split);
    const def = defs.find((d) => d.key === key);
    if (!def) throw fieldError(`querystring.custom.${index}`, `There is no custom field "${key}" on ${typeKey}`);
    const value = parseCustomValue(def.fieldType as never, filter.slice(split + 1));
    return { [key]: value };
  });
}

export function gridRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/projects/:projectId/grid",
      {
        schema: {
          tags,
          summary: "The production grid: entities of one type with their tasks by task type, filtered, by cursor",
          params: projectParams,
          querystring: gridQuery,
          response: { 200: gridPageSchema },
        },
        config: { jsonText: true },
      },
      async (request, reply) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        const { cursor, limit, type, custom, ...rest } = request.query;
        const filter = { ...rest, typeKey: type, custom: await customFilters(db, orgId, projectId, type, custom) };
        const after = decodeCursor(cursor, 2) as [string, string] | null;
        const [{ rows, cells }, total] = await Promise.all([gridPage(db, orgId, projectId, filter, limit, after), gridTotal(db, orgId, projectId, filter)]);
        const byEntity = new Map<string, Record<string, GridCell>>();
        for (const { entityId, taskTypeId, ...cell } of cells) {
          if (!entityId) continue;
          const row = byEntity.get(entityId) ?? {};
          row[taskTypeId] = cell;
          byEntity.set(entityId, row);
        }
        const page = toPage(rows, limit, (r) => [r.code, r.id]);
        const answer: GridPage = {
          rows: page.items.map((r) => ({ ...r, cutDuration: cutDuration(r.frameIn, r.frameOut), tasks: byEntity.get(r.id) ?? {} })),
          nextCursor: page.nextCursor,
          total,
        };
        // Sent as JSON text, past the response serializer: its Zod encoding of a 200-row page
        // (2,000 cells, a UUID check per id) was about a third of the request's CPU
        // (bench/RESULTS.md, "Where the time goes"). Tests parse every answer with gridPageSchema.
        return sendJsonText(reply, answer);
      },
    );
  };
}
