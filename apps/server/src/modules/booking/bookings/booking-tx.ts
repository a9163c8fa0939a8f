import { uuidv7 } from "uuidv7";
import type { BookingConflict, BookingEvent } from "@backlot/contracts/booking/bookings";
import { type AlsoWrite, type Change, type RecordChange, withChanges } from "../../../platform/audit/changes";
import type { Db, Tx } from "../../../platform/db/pool";
import type { JobQueue, SendOptions } from "../../../platform/jobs/job-queue";
import { AppError } from "../../../platform/http/app-error";
import { bookingEvents } from "../booking.schema";
import { findConflicts } from "./bookings.repo";

export type BookingActor = { userId: string; name: string } | null;
type PendingEvent = { bookingId: string; type: BookingEvent["type"]; data: Record<string, unknown> };
type PendingJob = { name: string; data: object; options: SendOptions };

/** A booking change in progress: its transaction, who makes it, and what it will record on commit. */
export type BookingCtx = {
  tx: Tx;
  organizationId: string;
  actor: BookingActor;
  record: RecordChange;
  events: PendingEvent[];
  jobs: PendingJob[];
  /** The last confirmed write, to name what it collided with if the exclusion constraint refuses it. */
  attempt: { bookableId: string; startsAt: Date; endsAt: Date; bookingId: string } | null;
};

export type BookingDeps = { db: Db; jobs: JobQueue };

export function logEvent(ctx: BookingCtx, bookingId: string, type: BookingEvent["type"], data: Record<string, unknown> = {}) {
  ctx.events.push({ bookingId, type, data });
}

/** Booking history goes out with the audit rows, in the transaction's last statement. */
async function flush(ctx: BookingCtx, queue: JobQueue, alsoWrite: AlsoWrite) {
  if (ctx.events.length > 0) {
    alsoWrite(
      ctx.tx.insert(bookingEvents).values(
        ctx.events.map((e) => ({
          organizationId: ctx.organizationId,
          id: uuidv7(),
          bookingId: e.bookingId,
          type: e.type,
          actorId: ctx.actor?.userId ?? null,
          actorName: ctx.actor?.name ?? null,
          data: e.data,
        })),
      ),
    );
  }
  // Enqueued in the same transaction: a job exists only if the change that needs it commits.
  for (const job of ctx.jobs) await queue.send(job.name, job.data, { ...job.options, tx: ctx.tx });
}

const pgCode = (err: unknown) => {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  return (typeof e.cause?.code === "string" ? e.cause.code : e.code) as string | undefined;
};

export function conflictError(conflicts: BookingConflict[], subject = "This booking"): AppError {
  const first = conflicts[0];
  const what = !first
    ? "another confirmed booking"
    : first.kind === "time_off"
      ? `time off (${first.status}) from ${first.start} to ${first.end}`
      : `confirmed booking ${first.id}${first.projectName ? ` on ${first.projectName}` : ""} from ${first.start} to ${first.end}`;
  const more = conflicts.length > 1 ? ` and ${conflicts.length - 1} more` : "";
  return new AppError("booking_conflict", 409, `${subject} cannot be confirmed: it overlaps ${what}${more}.`, { conflicts });
}

/**
 * Runs a booking change in one transaction with its audit rows, live events, booking history
 * and jobs. When the exclusion constraint refuses a confirmed booking, the answer is a 409
 * naming the bookings it overlaps (read after the rollback: they are committed, or we would
 * not have been refused). A deadlock between two changes is retried once.
 */
export async function bookingTransaction<T>(deps: BookingDeps, actor: BookingActor, organizationId: string, work: (ctx: BookingCtx) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let ctx: BookingCtx | null = null;
    try {
      return await withChanges(deps.db, actor?.userId ?? null, async (tx, record, alsoWrite) => {
        ctx = { tx, organizationId, actor, record, events: [], jobs: [], attempt: null };
        const result = await work(ctx);
        await flush(ctx, deps.jobs, alsoWrite);
        return result;
      });
    } catch (err) {
      const code = pgCode(err);
      const tried = (ctx as BookingCtx | null)?.attempt;
      if (code === "23P01" && tried) {
        throw conflictError(await findConflicts(deps.db, organizationId, tried.bookableId, tried.startsAt, tried.endsAt, tried.bookingId));
      }
      if ((code === "40P01" || code === "40001") && attempt === 0) continue;
      throw err;
    }
  }
}

/**
 * Tries part of a change in a savepoint with its own buffers: on success its records, events and
 * jobs join the parent's; on failure the savepoint is rolled back and the error returned.
 */
export async function trySavepoint<T>(
  ctx: BookingCtx,
  work: (child: BookingCtx) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  const changes: Change[] = [];
  let child: BookingCtx | null = null;
  try {
    const value = await ctx.tx.transaction(async (sp) => {
      child = { ...ctx, tx: sp, record: (c) => changes.push(c), events: [], jobs: [], attempt: null };
      return work(child);
    });
    const done = child as unknown as BookingCtx;
    for (const c of changes) ctx.record(c);
    ctx.events.push(...done.events);
    ctx.jobs.push(...done.jobs);
    return { ok: true, value };
  } catch (error) {
    // If the caller rethrows, the 409 should still name what the failed write collided with.
    ctx.attempt = (child as BookingCtx | null)?.attempt ?? ctx.attempt;
    return { ok: false, error };
  }
}

export const isExclusionViolation = (err: unknown) => pgCode(err) === "23P01";
