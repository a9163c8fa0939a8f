import type { z } from "zod";
import type { Booking, BookingEvent, updateBookingBody } from "@backlot/contracts/booking/bookings";
import { changesNothing } from "../../../platform/audit/changes";
import { AppError, fieldError, notFound, versionConflict } from "../../../platform/http/app-error";
import type { bookings } from "../booking.schema";
import { type Interval, lockBookable, type Target } from "../shared/bookable";
import { checkProjectRefs } from "../shared/project-refs";
import { definedOnly } from "../shared/present";
import { resolveChallenges, setBookingFields } from "./booking-confirm";
import { type BookingCtx, conflictError, logEvent } from "./booking-tx";
import { type BookingRow, presentBooking } from "./bookings.presenter";
import { projectArchived } from "../../tracking/projects/archived-guard";
import { findConflicts, getBookingForUpdate, timeOffIn } from "./bookings.repo";

type Body = z.output<typeof updateBookingBody>;

/** The target after the edit: setting a person clears a resource and the other way round. */
function nextTarget(row: BookingRow, body: Body): Target & { changed: boolean } {
  if (body.personId !== undefined && body.personId !== null) return { personId: body.personId, resourceId: null, changed: body.personId !== row.personId };
  if (body.resourceId !== undefined && body.resourceId !== null)
    return { personId: null, resourceId: body.resourceId, changed: body.resourceId !== row.resourceId };
  const personId = body.personId === null ? null : row.personId;
  const resourceId = body.resourceId === null ? null : row.resourceId;
  return { personId, resourceId, changed: personId !== row.personId || resourceId !== row.resourceId };
}

/** How the history names the edit (BOOK-5). */
function eventTypes(row: BookingRow, interval: Interval | null, retargeted: boolean): BookingEvent["type"][] {
  const types: BookingEvent["type"][] = [];
  if (retargeted) types.push("reassigned");
  if (interval && (interval.startsAt.getTime() !== row.startsAt.getTime() || interval.endsAt.getTime() !== row.endsAt.getTime())) {
    const sameLength = interval.endsAt.getTime() - interval.startsAt.getTime() === row.endsAt.getTime() - row.startsAt.getTime();
    types.push(sameLength ? "moved" : "resized");
  }
  return types;
}

/** A confirmed booking that moves or changes hands must still be confirmable where it lands. */
async function checkConfirmedTarget(ctx: BookingCtx, row: BookingRow, bookableId: string | null, personId: string | null, interval: Interval) {
  if (row.status !== "confirmed" || !bookableId) return;
  if (personId && (await timeOffIn(ctx.tx, ctx.organizationId, personId, interval.startsAt, interval.endsAt)).length > 0) {
    throw conflictError(await findConflicts(ctx.tx, ctx.organizationId, bookableId, interval.startsAt, interval.endsAt, row.id));
  }
  ctx.attempt = { bookableId, startsAt: interval.startsAt, endsAt: interval.endsAt, bookingId: row.id };
}

/**
 * Moves, resizes, reassigns (a placeholder gets its person this way, BOOK-11) or edits a live
 * booking. Open challenges of a booking that moves or changes hands are withdrawn: they were
 * about the old time and bookable.
 */
export async function updateBooking(ctx: BookingCtx, id: string, body: Body): Promise<Booking> {
  const row = await getBookingForUpdate(ctx.tx, ctx.organizationId, id);
  if (!row) throw notFound("Booking");
  if (row.version !== body.version) throw versionConflict(presentBooking(row));
  if (row.projectArchived) throw projectArchived(row.projectName);
  if (row.status === "released" || row.status === "cancelled")
    throw new AppError("conflict", 409, `This booking is ${row.status} and can no longer be changed`);
  const target = nextTarget(row, body);
  const roleSlotId = body.roleSlotId === undefined ? row.roleSlotId : body.roleSlotId;
  if (!target.personId && !target.resourceId && !roleSlotId)
    throw fieldError("body.personId", "A booking without a person or resource needs a role slot (a placeholder)");
  const sent = { start: body.start, end: body.end, startDate: body.startDate, endDate: body.endDate };
  const moves = Object.values(sent).some((v) => v !== undefined);
  // Whole days handed to someone in another time zone stay the same days, in their zone.
  const keepDays = !moves && target.changed && row.allDay && row.startDate && row.endDate;
  const when = keepDays ? { startDate: row.startDate as string, endDate: row.endDate as string } : sent;
  const { bookable, interval } = target.changed || moves ? await lockBookable(ctx.tx, ctx.organizationId, target, when) : { bookable: null, interval: null };
  if (bookable?.archived && target.changed) throw fieldError(`body.${target.personId ? "personId" : "resourceId"}`, `${bookable.name} is archived`);
  if (body.roleSlotId || body.taskId)
    await checkProjectRefs(ctx.tx, ctx.organizationId, { projectId: row.projectId, roleSlotId: body.roleSlotId, taskId: body.taskId });
  if (body.holdRank !== undefined && row.status !== "hold") throw fieldError("body.holdRank", "Only holds have a pencil rank");
  const landing = interval ?? { startsAt: row.startsAt, endsAt: row.endsAt, allDay: row.allDay, startDate: row.startDate, endDate: row.endDate };
  const fields: Partial<typeof bookings.$inferInsert> = definedOnly({
    ...(target.changed ? { personId: target.personId, resourceId: target.resourceId } : {}),
    ...(interval ?? {}),
    roleSlotId: body.roleSlotId,
    taskId: body.taskId,
    holdRank: body.holdRank,
    rate: body.rate,
    rateUnit: body.rateUnit,
    currency: body.currency,
    notes: body.notes,
  });
  if (changesNothing(row, fields)) return presentBooking(row);
  const types = eventTypes(row, interval, target.changed);
  if (types.length > 0) await checkConfirmedTarget(ctx, row, target.personId ?? target.resourceId ?? null, target.personId ?? null, landing);
  const after = await setBookingFields(ctx, row, fields);
  const data = {
    from: { start: row.startsAt, end: row.endsAt, bookableId: row.bookableId },
    to: { start: after.startsAt, end: after.endsAt, bookableId: after.bookableId },
  };
  for (const type of types.length > 0 ? types : (["updated"] as const)) logEvent(ctx, id, type, data);
  if (types.length > 0) await resolveChallenges(ctx, id, { asHolder: "withdrawn", asChallenger: "withdrawn" });
  return presentBooking(after);
}
