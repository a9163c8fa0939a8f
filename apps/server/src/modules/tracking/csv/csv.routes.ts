import type { FastifyPluginAsyncZod, ZodTypeProvider } from "fastify-type-provider-zod";
import type { FastifyReply } from "fastify";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { exportQuery, importBody, importRecordSchema, importResultSchema } from "@backlot/contracts/tracking/csv";
import { projectParams, projectRecordParams } from "@backlot/contracts/tracking/projects";
import type { Deps } from "../../../platform/deps";
import { requireActor } from "../../../platform/http/actor";
import { requireAccess } from "../../core/access/require-access";
import { requireProject } from "../projects/projects.service";
import { imports } from "../tracking.schema";
import { exportCasting, exportEntities, exportTasks } from "./exports";
import { importCasting, importEntities, importTasks } from "./imports.service";
import { undoImport } from "./undo";

const tags = ["CSV import and export"];
const base = "/organizations/:orgId/projects/:projectId";

function sendCsv(reply: FastifyReply, fileName: string, csv: string) {
  return reply.header("content-type", "text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${fileName}"`).send(csv);
}

export function csvRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (appBase) => {
    const app = appBase.withTypeProvider<ZodTypeProvider>();
    app.get(
      `${base}/export/entities.csv`,
      {
        schema: {
          tags,
          summary: "Entities of one type as CSV (the columns the import reads)",
          params: projectParams,
          querystring: exportQuery,
          produces: ["text/csv"],
        },
      },
      async (request, reply) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        const project = await requireProject(db, orgId, projectId);
        const csv = await exportEntities(db, { organizationId: orgId, projectId }, request.query.type);
        return sendCsv(reply, `${project.code}-${request.query.type}s.csv`, csv);
      },
    );

    app.get(
      `${base}/export/tasks.csv`,
      { schema: { tags, summary: "Tasks as CSV", params: projectParams, produces: ["text/csv"] } },
      async (request, reply) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        const project = await requireProject(db, orgId, projectId);
        return sendCsv(reply, `${project.code}-tasks.csv`, await exportTasks(db, { organizationId: orgId, projectId }));
      },
    );

    app.get(
      `${base}/export/casting.csv`,
      { schema: { tags, summary: "Casting (breakdown) as CSV", params: projectParams, produces: ["text/csv"] } },
      async (request, reply) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        const project = await requireProject(db, orgId, projectId);
        return sendCsv(reply, `${project.code}-casting.csv`, await exportCasting(db, { organizationId: orgId, projectId }));
      },
    );

    const importers = [
      ["entities", importEntities, "Import entities of one type from CSV (code, name, parent, frames, tags, custom.<key>…)"],
      ["tasks", importTasks, "Import tasks from CSV (entity, task type, status, assignees, dates, estimate, priority)"],
      ["casting", importCasting, "Import casting from CSV (entity code, asset code, occurrences)"],
    ] as const;
    for (const [kind, run, summary] of importers) {
      app.post(
        `${base}/imports/${kind}`,
        {
          bodyLimit: 25 * 1024 * 1024,
          schema: {
            tags,
            summary: `${summary}: a dry run shows the diff; applying is idempotent and undoable`,
            params: projectParams,
            body: importBody,
            response: { 200: importResultSchema },
          },
        },
        async (request) => {
          const { orgId, projectId } = request.params;
          await requireAccess(db, request, orgId, kind === "tasks" ? "task.edit" : "entity.edit");
          return run(db, requireActor(request), { organizationId: orgId, projectId }, request.body);
        },
      );
    }

    app.get(
      `${base}/imports`,
      {
        schema: {
          tags,
          summary: "Recent imports of a project, newest first",
          params: projectParams,
          response: { 200: z.object({ items: z.array(importRecordSchema) }) },
        },
      },
      async (request) => {
        const { orgId, projectId } = request.params;
        await requireAccess(db, request, orgId, "tracking.read");
        await requireProject(db, orgId, projectId);
        const rows = await db
          .select()
          .from(imports)
          .where(and(eq(imports.organizationId, orgId), eq(imports.projectId, projectId)))
          .orderBy(desc(imports.createdAt), desc(imports.id))
          .limit(50);
        return {
          items: rows.map((r) => ({
            id: r.id,
            projectId: r.projectId,
            kind: r.kind,
            fileName: r.fileName,
            summary: r.summary,
            undoneAt: r.undoneAt?.toISOString() ?? null,
            createdAt: r.createdAt.toISOString(),
            createdBy: r.createdBy,
          })),
        };
      },
    );

    app.post(
      `${base}/imports/:id/undo`,
      {
        schema: {
          tags,
          summary: "Undo the latest import",
          params: projectRecordParams,
          response: { 200: z.object({ undone: z.boolean(), deleted: z.number().int(), restored: z.number().int() }) },
        },
      },
      async (request) => {
        const { orgId, projectId, id } = request.params;
        await requireAccess(db, request, orgId, "entity.edit");
        return undoImport(db, requireActor(request), { organizationId: orgId, projectId }, id);
      },
    );
  };
}
