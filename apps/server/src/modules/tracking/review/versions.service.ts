import { and, eq, max, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { Comment } from "@backlot/contracts/core/comments";
import type { createVersionBody, ReviewResult, ReviewStatus, reviewVersionBody, updateVersionBody, Version } from "@backlot/contracts/tracking/versions";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Queryable, Tx } from "../../../platform/db/pool";
import { AppError, fieldError, forbidden, notFound, versionConflict } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import type { Access } from "../../core/access/access.repo";
import { authorize } from "../../core/access/authorize";
import { addComment } from "../../core/comments/comments.service";
import { getFile } from "../../core/files/files.repo";
import { plainText } from "../../core/comments/markdown";
import { excerpt, notify } from "../../core/notifications/notifications.service";
import { tasks, versions } from "../tracking.schema";
import { moveTaskToState, type TaskMove } from "./task-state";
import { presentVersion, versionTitle } from "./versions.presenter";
import { getVersion, type VersionRow } from "./versions.repo";

export async function requireTask(db: Queryable, organizationId: string, taskId: string) {
  const [task] = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.organizationId, organizationId), eq(tasks.id, taskId)));
  if (!task) throw notFound("Task");
  return task;
}

export async function requireVersion(db: Queryable, organizationId: string, id: string): Promise<VersionRow> {
  const row = await getVersion(db, organizationId, id);
  if (!row) throw notFound("Version");
  return row;
}

/** Uploads a new version of a task, numbered after the task's last one (TRK-7). */
export function createVersion(db: Db, actor: Actor, organizationId: string, taskId: string, body: z.output<typeof createVersionBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const task = await requireTask(tx, organizationId, taskId);
    if (task.archivedAt) throw new AppError("conflict", 409, "This task is archived; restore it before adding versions");
    if (body.fileId && !(await getFile(tx, organizationId, body.fileId))) throw fieldError("body.fileId", "No file in this organization has this id");
    // One numbering at a time per task: concurrent uploads get 1, 2, 3 … never the same number.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7420101, hashtext(${taskId}))`);
    const [last] = await tx
      .select({ n: max(versions.number) })
      .from(versions)
      .where(and(eq(versions.organizationId, organizationId), eq(versions.taskId, taskId)));
    const id = uuidv7();
    await tx.insert(versions).values({
      organizationId,
      id,
      projectId: task.projectId,
      taskId,
      number: (last?.n ?? 0) + 1,
      fileId: body.fileId ?? null,
      description: body.description,
      submittedBy: actor.userId,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    const after = presentVersion(await requireVersion(tx, organizationId, id));
    record({ organizationId, recordType: "version", recordId: id, action: "create", after, event: "version.created" });
    return after;
  });
}

/** The submitter edits their own version's description; reviewers may edit any. */
export function updateVersion(db: Db, actor: Actor, access: Access, id: string, body: z.output<typeof updateVersionBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const row = await requireVersion(tx, access.organizationId, id);
    const review = authorize(access, "review.manage");
    if (row.version.submittedBy !== actor.userId && !review.allowed) throw forbidden(`Only the version's submitter can edit it. ${review.reason}`);
    return saveVersioned(tx, record, {
      table: versions,
      before: row.version,
      fields: { description: body.description },
      version: body.version,
      actorId: actor.userId,
      present: (v) => presentVersion({ ...row, version: v }),
      recordType: "version",
      event: "version.updated",
    });
  });
}

const reviewStates: Partial<Record<ReviewStatus, "approved" | "retake">> = { approved: "approved", retake: "retake" };

export type ReviewDecision = {
  organizationId: string;
  row: VersionRow;
  status: ReviewStatus;
  /** Null for a client deciding through a review link. */
  actor: { id: string; name: string } | null;
  /** The version the reviewer read; omitted for client decisions (last decision wins). */
  expectedVersion?: number;
};

async function currentTask(tx: Tx, organizationId: string, taskId: string): Promise<TaskMove> {
  const task = await requireTask(tx, organizationId, taskId);
  return { id: taskId, statusId: task.statusId, version: task.version, moved: false };
}

/** Sets a version's review status and moves its task to the matching state (approved, retake). */
export async function applyReview(tx: Tx, record: RecordChange, d: ReviewDecision): Promise<{ version: Version; task: TaskMove }> {
  const before = presentVersion(d.row);
  const { organizationId } = d;
  const { id, taskId, version } = d.row.version;
  if (d.expectedVersion !== undefined && d.expectedVersion !== version) throw versionConflict(before);
  if (d.row.version.reviewStatus === d.status) return { version: before, task: await currentTask(tx, organizationId, taskId) };
  const [updated] = await tx
    .update(versions)
    .set({ reviewStatus: d.status, version: sql`${versions.version} + 1`, updatedAt: new Date(), updatedBy: d.actor?.id ?? null })
    .where(and(eq(versions.organizationId, organizationId), eq(versions.id, id), eq(versions.version, version)))
    .returning();
  if (!updated) throw versionConflict(before);
  const after = presentVersion({ ...d.row, version: updated });
  record({ organizationId, recordType: "version", recordId: id, action: "update", before, after, event: "version.updated" });
  const state = reviewStates[d.status];
  const task = state ? await moveTaskToState(tx, record, d.actor?.id ?? null, organizationId, taskId, state) : await currentTask(tx, organizationId, taskId);
  return { version: after, task };
}

export const statusWords: Record<ReviewStatus, string> = { pending_review: "Pending review", approved: "Approved", retake: "Retake" };

/** Tells the submitter (and whoever else is named) what became of a version. */
export async function notifyReview(
  tx: Tx,
  record: RecordChange,
  row: VersionRow,
  notice: { actorId: string | null; title: string; note: string | null; userIds: (string | null)[] },
) {
  await notify(tx, record, {
    organizationId: row.version.organizationId,
    userIds: notice.userIds.filter((u): u is string => u !== null),
    kind: "review",
    recordType: "version",
    recordId: row.version.id,
    projectId: row.version.projectId,
    title: notice.title,
    body: notice.note ? excerpt(plainText(notice.note)) : null,
    actorId: notice.actorId,
  });
}

export const titleOf = (row: VersionRow) => versionTitle({ ...row, number: row.version.number });

/** A reviewer's decision with an optional note (a comment on the version that may @mention). */
export function reviewVersion(db: Db, actor: Actor, organizationId: string, id: string, body: z.output<typeof reviewVersionBody>): Promise<ReviewResult> {
  return withChanges(db, actor.userId, async (tx, record) => {
    const row = await requireVersion(tx, organizationId, id);
    const author = { id: actor.userId, name: actor.name };
    const result = await applyReview(tx, record, { organizationId, row, status: body.reviewStatus, actor: author, expectedVersion: body.version });
    let note: Comment | null = null;
    if (body.note) {
      const target = {
        recordType: "version" as const,
        recordId: id,
        label: titleOf(row),
        projectId: row.version.projectId,
        readAction: "tracking.read" as const,
      };
      note = await addComment(tx, record, { organizationId, author, target, body: body.note, clientVisible: body.noteClientVisible, attachmentIds: [] });
    }
    const changed = result.version.reviewStatus !== row.version.reviewStatus;
    // Someone @mentioned in the note already has that notification; one is enough.
    const submitter = note?.mentionedUserIds.includes(row.version.submittedBy ?? "") ? null : row.version.submittedBy;
    if (changed || note) {
      const title = changed ? `${actor.name} set ${titleOf(row)} to ${statusWords[body.reviewStatus]}` : `${actor.name} left a note on ${titleOf(row)}`;
      await notifyReview(tx, record, row, { actorId: actor.userId, title, note: body.note ?? null, userIds: [submitter] });
    }
    return { ...result, note };
  });
}
