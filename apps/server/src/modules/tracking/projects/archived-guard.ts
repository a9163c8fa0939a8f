import { and, eq } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { CommentRecordType } from "@backlot/contracts/core/comments";
import type { Db, Queryable } from "../../../platform/db/pool";
import { AppError } from "../../../platform/http/app-error";
import { requireAccess } from "../../core/access/require-access";
import { requireTarget } from "../../core/comments/comment-targets";
import { comments, playlists, projects, tasks, timeLogs, versions } from "../tracking.schema";

type Params = Record<string, string | undefined>;
type Body = Record<string, unknown> | undefined;
/** Finds the project a write goes to, or null when the route is not about one (or the record is not there: the route answers that). */
type ProjectOf = (db: Queryable, orgId: string, params: Params, body: Body) => Promise<string | null>;

const writeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

async function projectOfTask(db: Queryable, orgId: string, taskId: unknown): Promise<string | null> {
  if (typeof taskId !== "string") return null;
  const [row] = await db
    .select({ projectId: tasks.projectId })
    .from(tasks)
    .where(and(eq(tasks.organizationId, orgId), eq(tasks.id, taskId)));
  return row?.projectId ?? null;
}

async function projectOfComment(db: Queryable, orgId: string, recordType: unknown, recordId: unknown): Promise<string | null> {
  if (typeof recordType !== "string" || typeof recordId !== "string") return null;
  const target = await requireTarget(db, orgId, recordType as CommentRecordType, recordId).catch(() => null);
  return target?.projectId ?? null;
}

/**
 * Routes that write into a project without naming it in the path, by route URL. Routes with a
 * `:projectId` need no entry. Revoking a review link stays allowed: it only takes access away.
 */
const byRoute: Record<string, ProjectOf> = {
  "/api/v1/organizations/:orgId/projects/:id": async (_db, _orgId, params) => params.id ?? null,
  "/api/v1/organizations/:orgId/tasks/:taskId/versions": (db, orgId, params) => projectOfTask(db, orgId, params.taskId),
  "/api/v1/organizations/:orgId/time-logs": (db, orgId, _params, body) => projectOfTask(db, orgId, body?.taskId),
  "/api/v1/organizations/:orgId/time-logs/:id": async (db, orgId, params) => {
    const [row] = await db
      .select({ taskId: timeLogs.taskId })
      .from(timeLogs)
      .where(and(eq(timeLogs.organizationId, orgId), eq(timeLogs.id, params.id ?? "")));
    return projectOfTask(db, orgId, row?.taskId);
  },
  "/api/v1/organizations/:orgId/comments": (db, orgId, _params, body) => projectOfComment(db, orgId, body?.recordType, body?.recordId),
  "/api/v1/organizations/:orgId/comments/:id": async (db, orgId, params) => {
    const [row] = await db
      .select({ recordType: comments.recordType, recordId: comments.recordId })
      .from(comments)
      .where(and(eq(comments.organizationId, orgId), eq(comments.id, params.id ?? "")));
    return row ? projectOfComment(db, orgId, row.recordType, row.recordId) : null;
  },
};

/** Version and playlist routes carry the record's id as `:id` under their own path. */
async function projectOfRecord(db: Queryable, orgId: string, url: string, id: string): Promise<string | null> {
  const table = url.startsWith("/api/v1/organizations/:orgId/versions/:id")
    ? versions
    : url.startsWith("/api/v1/organizations/:orgId/playlists/:id")
      ? playlists
      : null;
  if (!table) return null;
  const [row] = await db
    .select({ projectId: table.projectId })
    .from(table)
    .where(and(eq(table.organizationId, orgId), eq(table.id, id)));
  return row?.projectId ?? null;
}

function projectOfRequest(db: Queryable, request: FastifyRequest): Promise<string | null> {
  const params = (request.params ?? {}) as Params;
  const url = request.routeOptions.url ?? "";
  const orgId = params.orgId;
  if (!orgId) return Promise.resolve(null);
  if (params.projectId) return Promise.resolve(params.projectId);
  const resolve = byRoute[url];
  if (resolve) return resolve(db, orgId, params, request.body as Body);
  return params.id ? projectOfRecord(db, orgId, url, params.id) : Promise.resolve(null);
}

export const projectArchived = (name: string) => new AppError("project_archived", 409, `${name} is archived and read-only; restore it to make changes`);

/**
 * An archived project is read-only (TRK-1): every write to it or anything in it answers 409
 * `project_archived`, except archiving and restoring the project itself. One check for all
 * routes, run before the handlers; people outside the organization still get its 404.
 */
export function registerArchivedProjectGuard(app: FastifyInstance, db: Db) {
  app.addHook("preHandler", async (request) => {
    if (!writeMethods.has(request.method) || /\/projects\/:id\/(archive|restore)$/.test(request.routeOptions.url ?? "")) return;
    const projectId = await projectOfRequest(db, request);
    if (!projectId) return;
    const orgId = (request.params as Params).orgId as string;
    const [project] = await db
      .select({ name: projects.name, archivedAt: projects.archivedAt })
      .from(projects)
      .where(and(eq(projects.organizationId, orgId), eq(projects.id, projectId)));
    if (!project?.archivedAt) return;
    await requireAccess(db, request, orgId, "tracking.read");
    throw projectArchived(project.name);
  });
}
