import type { Booking, BookingEvent, Challenge } from "@backlot/contracts/booking/bookings";
import type { bookingChallenges, bookingEvents, bookings } from "../booking.schema";
import { iso, presentMeta } from "../shared/present";

export type BookingRow = typeof bookings.$inferSelect & { projectName: string; projectCode: string };

export function presentBooking(row: BookingRow): Booking {
  return {
    id: row.id,
    projectId: row.projectId,
    projectName: row.projectName,
    projectCode: row.projectCode,
    personId: row.personId,
    resourceId: row.resourceId,
    bookableId: row.bookableId,
    placeholder: row.bookableId === null,
    roleSlotId: row.roleSlotId,
    taskId: row.taskId,
    requirementId: row.requirementId,
    groupId: row.groupId,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    allDay: row.allDay,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status as Booking["status"],
    holdRank: row.holdRank,
    rate: row.rate,
    rateUnit: row.rateUnit as Booking["rateUnit"],
    currency: row.currency,
    notes: row.notes,
    ...presentMeta(row),
  };
}

export function presentChallenge(row: typeof bookingChallenges.$inferSelect): Challenge {
  return {
    id: row.id,
    challengerBookingId: row.challengerBookingId,
    holderBookingId: row.holderBookingId,
    deadline: row.deadline.toISOString(),
    status: row.status as Challenge["status"],
    resolvedAt: iso(row.resolvedAt),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

export function presentBookingEvent(row: typeof bookingEvents.$inferSelect): BookingEvent {
  return {
    id: row.id,
    bookingId: row.bookingId,
    type: row.type as BookingEvent["type"],
    actorId: row.actorId,
    actorName: row.actorName,
    data: row.data,
    at: row.at.toISOString(),
  };
}
