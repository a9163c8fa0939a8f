import { and, eq } from "drizzle-orm";
import type { CommentRecordType } from "@backlot/contracts/core/comments";
import type { Action } from "@backlot/contracts/core/roles";
import type { Queryable } from "../../../platform/db/pool";
import { people } from "../../../platform/db/schema";
import { notFound } from "../../../platform/http/app-error";

export type TargetInfo = { label: string; projectId: string | null };

/** A kind of record comments can be attached to, provided by the module that owns it. */
export type CommentTarget = {
  /** Who may read the record may read and write its comments. */
  readAction: Action;
  /** Its label for inbox titles and its project; null when it is not in this organization. */
  describe(db: Queryable, organizationId: string, id: string): Promise<TargetInfo | null>;
};

const targets = new Map<CommentRecordType, CommentTarget>();

/** Modules register their record types at start, so core never reads their tables itself. */
export function registerCommentTarget(type: CommentRecordType, target: CommentTarget) {
  targets.set(type, target);
}

/** The record a comment is on, checked to exist in the organization (404 otherwise). */
export async function requireTarget(db: Queryable, organizationId: string, type: CommentRecordType, id: string) {
  const target = targets.get(type);
  const info = target ? await target.describe(db, organizationId, id) : null;
  if (!target || !info) throw notFound("Record");
  return { ...target, ...info };
}

registerCommentTarget("person", {
  readAction: "person.read",
  async describe(db, organizationId, id) {
    const [row] = await db
      .select({ name: people.displayName })
      .from(people)
      .where(and(eq(people.organizationId, organizationId), eq(people.id, id)));
    return row ? { label: row.name, projectId: null } : null;
  },
});
