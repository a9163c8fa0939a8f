import { and, eq } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { registerCommentTarget } from "../../core/comments/comment-targets";
import { entities, playlists, projects, tasks } from "../tracking.schema";
import { getVersion } from "./versions.repo";
import { titleOf } from "./versions.service";

async function taskLabel(db: Queryable, organizationId: string, id: string) {
  const [row] = await db
    .select({ name: tasks.name, projectId: tasks.projectId, code: entities.code })
    .from(tasks)
    .leftJoin(entities, and(eq(entities.organizationId, tasks.organizationId), eq(entities.id, tasks.entityId)))
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, id)));
  return row ? { label: row.code ? `${row.code} · ${row.name}` : row.name, projectId: row.projectId } : null;
}

/** Tracking records comments can be left on (CORE-5); read access is tracking.read for all. */
export function registerTrackingCommentTargets() {
  const readAction = "tracking.read" as const;
  registerCommentTarget("project", {
    readAction,
    async describe(db, organizationId, id) {
      const [row] = await db
        .select({ name: projects.name })
        .from(projects)
        .where(and(eq(projects.organizationId, organizationId), eq(projects.id, id)));
      return row ? { label: row.name, projectId: id } : null;
    },
  });
  registerCommentTarget("entity", {
    readAction,
    async describe(db, organizationId, id) {
      const [row] = await db
        .select({ code: entities.code, projectId: entities.projectId })
        .from(entities)
        .where(and(eq(entities.organizationId, organizationId), eq(entities.id, id)));
      return row ? { label: row.code, projectId: row.projectId } : null;
    },
  });
  registerCommentTarget("task", { readAction, describe: taskLabel });
  registerCommentTarget("version", {
    readAction,
    async describe(db, organizationId, id) {
      const row = await getVersion(db, organizationId, id);
      return row ? { label: titleOf(row), projectId: row.version.projectId } : null;
    },
  });
  registerCommentTarget("playlist", {
    readAction,
    async describe(db, organizationId, id) {
      const [row] = await db
        .select({ name: playlists.name, projectId: playlists.projectId })
        .from(playlists)
        .where(and(eq(playlists.organizationId, organizationId), eq(playlists.id, id)));
      return row ? { label: row.name, projectId: row.projectId } : null;
    },
  });
}
