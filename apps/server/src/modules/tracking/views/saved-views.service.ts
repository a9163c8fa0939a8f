import { and, asc, eq, or } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createSavedViewBody, SavedView, updateSavedViewBody } from "@backlot/contracts/tracking/saved-views";
import { withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Queryable } from "../../../platform/db/pool";
import { fieldError, forbidden, notFound } from "../../../platform/http/app-error";
import type { Access } from "../../core/access/access.repo";
import { authorize } from "../../core/access/authorize";
import { presentMeta } from "../projects/projects.presenter";
import { getProject } from "../projects/projects.repo";
import { savedViews } from "../tracking.schema";

type SavedViewRow = typeof savedViews.$inferSelect;

export function presentSavedView(row: SavedViewRow): SavedView {
  return {
    id: row.id,
    projectId: row.projectId,
    ownerId: row.ownerId,
    name: row.name,
    viewKind: row.viewKind as SavedView["viewKind"],
    shared: row.shared,
    config: row.config,
    ...presentMeta(row),
  };
}

/** What the caller can see: their own views and every shared one. */
const visibleTo = (access: Access) =>
  and(eq(savedViews.organizationId, access.organizationId), or(eq(savedViews.ownerId, access.userId), eq(savedViews.shared, true)));

export async function listSavedViews(db: Queryable, access: Access, filter: { projectId?: string; viewKind?: string }) {
  const rows = await db
    .select()
    .from(savedViews)
    .where(
      and(
        visibleTo(access),
        filter.projectId ? eq(savedViews.projectId, filter.projectId) : undefined,
        filter.viewKind ? eq(savedViews.viewKind, filter.viewKind) : undefined,
      ),
    )
    .orderBy(asc(savedViews.name), asc(savedViews.id));
  return rows.map(presentSavedView);
}

/** Someone else's private view does not exist as far as the caller is concerned (404). */
export async function requireVisibleView(db: Queryable, access: Access, id: string): Promise<SavedViewRow> {
  const [row] = await db
    .select()
    .from(savedViews)
    .where(and(visibleTo(access), eq(savedViews.id, id)));
  if (!row) throw notFound("Saved view");
  return row;
}

/** A shared view is everyone's, so making or changing one needs view.share; a private one is its owner's. */
function checkCanWrite(access: Access, row: { ownerId: string | null; shared: boolean }) {
  if (row.shared) {
    const decision = authorize(access, "view.share");
    if (!decision.allowed) throw forbidden(decision.reason);
  } else if (row.ownerId !== access.userId) {
    throw forbidden("Only the owner of a private view can change it.");
  }
}

export function createSavedView(db: Db, access: Access, body: z.output<typeof createSavedViewBody>) {
  return withChanges(db, access.userId, async (tx, record) => {
    const organizationId = access.organizationId;
    checkCanWrite(access, { ownerId: access.userId, shared: body.shared });
    if (body.projectId && !(await getProject(tx, organizationId, body.projectId)))
      throw fieldError("body.projectId", "No project in this organization has this id");
    const [row] = await tx
      .insert(savedViews)
      .values({
        ...body,
        projectId: body.projectId ?? null,
        organizationId,
        id: uuidv7(),
        ownerId: access.userId,
        createdBy: access.userId,
        updatedBy: access.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const after = presentSavedView(row);
    record({ organizationId, recordType: "saved_view", recordId: row.id, action: "create", after, event: "saved_view.changed" });
    return after;
  });
}

export function updateSavedView(db: Db, access: Access, id: string, body: z.output<typeof updateSavedViewBody>) {
  return withChanges(db, access.userId, async (tx, record) => {
    const before = await requireVisibleView(tx, access, id);
    checkCanWrite(access, before);
    if (body.shared !== undefined) checkCanWrite(access, { ownerId: before.ownerId, shared: body.shared });
    const { version, ...fields } = body;
    return saveVersioned(tx, record, {
      table: savedViews,
      before,
      fields,
      version,
      actorId: access.userId,
      present: presentSavedView,
      recordType: "saved_view",
      event: "saved_view.changed",
    });
  });
}

export function deleteSavedView(db: Db, access: Access, id: string) {
  return withChanges(db, access.userId, async (tx, record) => {
    const before = await requireVisibleView(tx, access, id);
    checkCanWrite(access, before);
    await tx.delete(savedViews).where(and(eq(savedViews.organizationId, access.organizationId), eq(savedViews.id, id)));
    record({
      organizationId: access.organizationId,
      recordType: "saved_view",
      recordId: id,
      action: "delete",
      before: presentSavedView(before),
      event: "saved_view.changed",
    });
  });
}
