import { and, eq, sql } from "drizzle-orm";
import type { Logger } from "pino";
import { bookingChallenges } from "../booking.schema";
import { challengeExpiryJob, resolveChallenges } from "../bookings/booking-confirm";
import { releaseLocked } from "../bookings/booking-release";
import { type BookingDeps, bookingTransaction } from "../bookings/booking-tx";
import { getBookingForUpdate } from "../bookings/bookings.repo";

type ExpiryJob = { organizationId: string; challengeId: string };

async function loadOpenChallenge(deps: BookingDeps, job: ExpiryJob) {
  const [row] = await deps.db
    .select({ holderBookingId: bookingChallenges.holderBookingId, due: sql<boolean>`${bookingChallenges.deadline} <= now()` })
    .from(bookingChallenges)
    .where(and(eq(bookingChallenges.organizationId, job.organizationId), eq(bookingChallenges.id, job.challengeId), eq(bookingChallenges.status, "open")));
  return row ?? null;
}

/**
 * A challenge's deadline passed without the holder confirming or releasing: the holder's hold is
 * released automatically (actor: nobody), which hands the win to the challenger (BOOK-4).
 * Safe to run twice: a challenge that is no longer open is left alone.
 */
export async function expireChallenge(deps: BookingDeps, job: ExpiryJob): Promise<"released" | "not_open"> {
  const open = await loadOpenChallenge(deps, job);
  if (!open) return "not_open";
  // pg-boss starts the job at the deadline by its clock; if the database's is behind, retry later.
  if (!open.due) throw new Error("challenge deadline not reached yet");
  return bookingTransaction(deps, null, job.organizationId, async (ctx) => {
    const holder = await getBookingForUpdate(ctx.tx, ctx.organizationId, open.holderBookingId);
    // Re-read under the lock: the holder may have answered while we waited.
    const [still] = await ctx.tx
      .select({ id: bookingChallenges.id })
      .from(bookingChallenges)
      .where(and(eq(bookingChallenges.organizationId, ctx.organizationId), eq(bookingChallenges.id, job.challengeId), eq(bookingChallenges.status, "open")));
    if (!holder || !still) return "not_open";
    if (holder.status !== "hold") {
      // Confirmed (or released) without closing the challenge cannot happen through the API; close it.
      await resolveChallenges(ctx, holder.id, { asHolder: holder.status === "confirmed" ? "holder_confirmed" : "holder_released", asChallenger: null });
      return "not_open";
    }
    await releaseLocked(ctx, holder, { status: "released", reason: "The challenge deadline passed", expired: true });
    return "released";
  });
}

export async function registerChallengeExpiry(deps: BookingDeps & { log: Logger }) {
  await deps.jobs.work<ExpiryJob>(challengeExpiryJob, async (job) => {
    const outcome = await expireChallenge(deps, job);
    deps.log.info({ ...job, outcome }, "booking challenge deadline handled");
  });
}
