import { z } from "zod";
import { bookingStatuses, rateUnits } from "./bookings";
import { timeOffKinds } from "./profiles";
import { skillFilter } from "./planning";
import { instantOrDate } from "./when";

/** One window of the scheduler: rows (people or rooms/equipment) × a date range (BOOK-7). */
export const schedulerQuery = z.object({
  from: instantOrDate.describe("A date means midnight in the organization's time zone"),
  to: instantOrDate.describe("Exclusive"),
  rows: z.enum(["people", "resources"]).default("people"),
  department: z.string().trim().max(100).optional(),
  skills: skillFilter.optional().describe('People rows only: e.g. "Nuke:3"'),
  resourceKind: z.enum(["room", "equipment"]).optional(),
  studio: z.string().trim().max(200).optional(),
  q: z.string().trim().max(200).optional(),
  projectId: z.uuid().optional().describe("Only this project's bookings (rows stay)"),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  cursor: z.string().max(500).optional(),
});
export type SchedulerQuery = z.input<typeof schedulerQuery>;

export const schedulerRowSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["person", "room", "equipment"]),
  name: z.string(),
  group: z.string().nullable().describe("Department (people) or studio (rooms)"),
  title: z.string().nullable(),
  timeZone: z.string(),
  workDays: z.array(z.number().int()),
  hoursPerDay: z.number(),
  skills: z.array(z.object({ name: z.string(), level: z.number().int() })).describe("People: their skills, highest level first; rooms and equipment: none"),
});

/** A booking as the scheduler draws it: no history fields, project by reference. */
export const schedulerBookingSchema = z.object({
  id: z.uuid(),
  bookableId: z.uuid().nullable(),
  projectId: z.uuid(),
  roleSlotId: z.uuid().nullable(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  allDay: z.boolean(),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  status: z.enum(bookingStatuses),
  holdRank: z.number().int().nullable(),
  rate: z.number().nullable(),
  rateUnit: z.enum(rateUnits),
  notes: z.string().nullable(),
  version: z.number().int(),
});
export type SchedulerBooking = z.infer<typeof schedulerBookingSchema>;

export const schedulerWindowSchema = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  rows: z.array(schedulerRowSchema),
  bookings: z.array(schedulerBookingSchema).describe("Holds and confirmed bookings of these rows in the window"),
  placeholders: z.array(schedulerBookingSchema).describe("People rows: role-slot bookings with no person yet, in the window"),
  projects: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string() })),
  roleSlots: z
    .array(z.object({ id: z.uuid(), projectId: z.uuid(), role: z.string(), displayName: z.string() }))
    .describe("The role slots the placeholders book, to name their rows"),
  timeOff: z.array(z.object({ id: z.uuid(), personId: z.uuid(), start: z.string(), end: z.string(), allDay: z.boolean(), kind: z.enum(timeOffKinds) })),
  holidays: z.array(z.object({ date: z.iso.date(), name: z.string() })),
  nextCursor: z.string().nullable(),
});
export type SchedulerWindow = z.infer<typeof schedulerWindowSchema>;
