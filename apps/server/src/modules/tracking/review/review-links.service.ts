import { and, desc, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { CreatedReviewLink, createReviewLinkBody, ReviewLink } from "@backlot/contracts/tracking/review-links";
import { withChanges } from "../../../platform/audit/changes";
import type { Db, Queryable } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { reviewLinks } from "../tracking.schema";
import { hashLinkPassword, hashLinkToken, newLinkToken } from "./link-secrets";
import { requirePlaylist } from "./playlists.service";

type ReviewLinkRow = typeof reviewLinks.$inferSelect;

export const isLinkActive = (row: ReviewLinkRow, now = new Date()) => row.revokedAt === null && (row.expiresAt === null || row.expiresAt > now);

export function presentReviewLink(row: ReviewLinkRow): ReviewLink {
  return {
    id: row.id,
    playlistId: row.playlistId,
    hasPassword: row.passwordHash !== null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    active: isLinkActive(row),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

export async function listReviewLinks(db: Queryable, organizationId: string, playlistId: string): Promise<ReviewLink[]> {
  await requirePlaylist(db, organizationId, playlistId);
  const rows = await db
    .select()
    .from(reviewLinks)
    .where(and(eq(reviewLinks.organizationId, organizationId), eq(reviewLinks.playlistId, playlistId)))
    .orderBy(desc(reviewLinks.createdAt));
  return rows.map(presentReviewLink);
}

/** Creates a client review link; the token is in this answer only (TRK-7). */
export async function createReviewLink(
  db: Db,
  actor: Actor,
  publicUrl: string,
  organizationId: string,
  playlistId: string,
  body: z.output<typeof createReviewLinkBody>,
): Promise<CreatedReviewLink> {
  await requirePlaylist(db, organizationId, playlistId); // before the deliberately slow password hash
  const token = newLinkToken();
  const passwordHash = body.password ? await hashLinkPassword(body.password) : null;
  return withChanges(db, actor.userId, async (tx, record) => {
    await requirePlaylist(tx, organizationId, playlistId);
    const values = {
      organizationId,
      id: uuidv7(),
      playlistId,
      tokenHash: hashLinkToken(token),
      passwordHash,
      expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
      createdBy: actor.userId,
    };
    const [row] = await tx.insert(reviewLinks).values(values).returning();
    if (!row) throw new Error("insert returned nothing");
    const after = presentReviewLink(row);
    record({ organizationId, recordType: "review_link", recordId: row.id, action: "create", after, event: "review_link.changed" });
    return { ...after, token, url: `${publicUrl}/review/${token}` };
  });
}

export function revokeReviewLink(db: Db, actor: Actor, organizationId: string, id: string): Promise<ReviewLink> {
  return withChanges(db, actor.userId, async (tx, record) => {
    const where = and(eq(reviewLinks.organizationId, organizationId), eq(reviewLinks.id, id));
    const [before] = await tx.select().from(reviewLinks).where(where).for("update");
    if (!before) throw notFound("Review link");
    if (before.revokedAt) throw new AppError("conflict", 409, "This review link is already revoked");
    const [row] = await tx.update(reviewLinks).set({ revokedAt: new Date() }).where(where).returning();
    if (!row) throw notFound("Review link");
    const after = presentReviewLink(row);
    record({
      organizationId,
      recordType: "review_link",
      recordId: id,
      action: "update",
      before: presentReviewLink(before),
      after,
      event: "review_link.changed",
    });
    return after;
  });
}

/** The link a token opens, whatever its organization: tokens are global and unguessable. */
export async function findLinkByToken(db: Queryable, token: string): Promise<ReviewLinkRow | null> {
  const [row] = await db
    .select()
    .from(reviewLinks)
    .where(eq(reviewLinks.tokenHash, hashLinkToken(token)));
  return row ?? null;
}
