import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { CalendarFeed } from "@backlot/contracts/booking/calendar";
import type { Db, Queryable } from "../../../platform/db/pool";
import { notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { calendarFeeds } from "../booking.schema";

export type FeedSubject = { kind: "person" | "resource"; id: string };
type FeedRow = typeof calendarFeeds.$inferSelect;

const tokenPrefix = "blcal_";
export const hashFeedToken = (token: string) => createHash("sha256").update(token).digest("hex");

function present(row: FeedRow, url: string | null): CalendarFeed {
  return {
    id: row.id,
    subject: row.personId ? "person" : "resource",
    subjectId: (row.personId ?? row.resourceId) as string,
    tokenPrefix: row.tokenPrefix,
    url,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

const subjectColumn = (subject: FeedSubject) => (subject.kind === "person" ? calendarFeeds.personId : calendarFeeds.resourceId);

export async function getActiveFeed(db: Queryable, organizationId: string, subject: FeedSubject): Promise<CalendarFeed | null> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.organizationId, organizationId), eq(subjectColumn(subject), subject.id), isNull(calendarFeeds.revokedAt)));
  return row ? present(row, null) : null;
}

async function revokeActive(db: Queryable, organizationId: string, subject: FeedSubject) {
  return db
    .update(calendarFeeds)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarFeeds.organizationId, organizationId), eq(subjectColumn(subject), subject.id), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
}

/**
 * A new secret URL; the previous one (if any) stops working at once. Only a SHA-256 of the
 * token is stored, so the URL is shown in this answer and never again.
 */
export async function rotateFeed(db: Db, actor: Actor, organizationId: string, subject: FeedSubject, publicUrl: string): Promise<CalendarFeed> {
  return db.transaction(async (tx) => {
    // Two rotations at once: the partial unique index lets only one active feed exist; serialize.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7420004, hashtext(${subject.id}))`);
    await revokeActive(tx, organizationId, subject);
    const token = `${tokenPrefix}${randomBytes(24).toString("base64url")}`;
    const [row] = await tx
      .insert(calendarFeeds)
      .values({
        organizationId,
        id: uuidv7(),
        personId: subject.kind === "person" ? subject.id : null,
        resourceId: subject.kind === "resource" ? subject.id : null,
        tokenHash: hashFeedToken(token),
        tokenPrefix: token.slice(0, 12),
        createdBy: actor.userId,
      })
      .returning();
    return present(row as FeedRow, `${publicUrl}/api/v1/calendars/${token}.ics`);
  });
}

export async function revokeFeed(db: Db, organizationId: string, subject: FeedSubject) {
  const revoked = await revokeActive(db, organizationId, subject);
  if (revoked.length === 0) throw notFound("Calendar feed");
}

/** The feed a token opens, if it has not been revoked. */
export async function feedByToken(db: Queryable, token: string) {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, hashFeedToken(token)), isNull(calendarFeeds.revokedAt)));
  return row ?? null;
}
