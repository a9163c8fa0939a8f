import { z } from "zod";
import { optionalText, pageQuery, recordMeta, versioned } from "../core/common";
import { currency } from "../core/organizations";
import { checkWhen, instantOrDate, whenFields } from "./when";

export const bookingStatuses = ["hold", "confirmed", "released", "cancelled"] as const;
export type BookingStatus = (typeof bookingStatuses)[number];
export const rateUnits = ["day", "hour", "flat"] as const;
/** 1st, 2nd, 3rd pencil. */
export const holdRank = z.number().int().min(1).max(3);

export const bookingSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectName: z.string(),
  projectCode: z.string(),
  personId: z.uuid().nullable(),
  resourceId: z.uuid().nullable(),
  bookableId: z.uuid().nullable().describe("personId or resourceId; null for a placeholder"),
  placeholder: z.boolean().describe("A role slot booked with no person yet (BOOK-11)"),
  roleSlotId: z.uuid().nullable(),
  taskId: z.uuid().nullable(),
  requirementId: z.uuid().nullable(),
  groupId: z.uuid().nullable().describe("Shared by bookings made together (composite or recurring)"),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  allDay: z.boolean(),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable().describe("Inclusive"),
  status: z.enum(bookingStatuses),
  holdRank: holdRank.nullable(),
  rate: z.number().nullable(),
  rateUnit: z.enum(rateUnits),
  currency: z.string().nullable(),
  notes: z.string().nullable(),
  ...recordMeta,
});
export type Booking = z.infer<typeof bookingSchema>;

/** Who or what is in the way of a confirmation (named in 409 answers). */
export const bookingConflictSchema = z.object({
  kind: z.enum(["booking", "time_off"]),
  id: z.uuid(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  status: z.string().nullable(),
  projectId: z.uuid().nullable(),
  projectName: z.string().nullable(),
});
export type BookingConflict = z.infer<typeof bookingConflictSchema>;

export const challengeStatuses = ["open", "holder_confirmed", "holder_released", "expired", "withdrawn"] as const;
export const challengeSchema = z.object({
  id: z.uuid(),
  challengerBookingId: z.uuid(),
  holderBookingId: z.uuid(),
  deadline: z.iso.datetime({ offset: true }),
  status: z.enum(challengeStatuses),
  resolvedAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.uuid().nullable(),
});
export type Challenge = z.infer<typeof challengeSchema>;

const deadline = z.iso.datetime({ offset: true }).optional().describe("When a challenge opened by this confirmation expires (default: 24 hours from now)");

const bookingFields = {
  projectId: z.uuid(),
  personId: z.uuid().nullish(),
  resourceId: z.uuid().nullish(),
  roleSlotId: z.uuid().nullish(),
  taskId: z.uuid().nullish(),
  requirementId: z.uuid().nullish(),
  ...whenFields,
  status: z.enum(["hold", "confirmed"]).default("hold"),
  holdRank: holdRank.optional().describe("Default: the next free pencil among overlapping holds"),
  rate: z.number().min(0).max(1_000_000_000).nullish().describe("Default: the person's or room's day rate"),
  rateUnit: z.enum(rateUnits).optional(),
  currency: currency.nullish(),
  notes: optionalText(5000),
  challengeDeadline: deadline,
};
type Target = { personId?: string | null; resourceId?: string | null; roleSlotId?: string | null };

function checkTarget(v: Target, ctx: z.RefinementCtx) {
  if (v.personId && v.resourceId) ctx.addIssue({ code: "custom", path: ["resourceId"], message: "Book a person or a resource, not both" });
  if (!v.personId && !v.resourceId && !v.roleSlotId)
    ctx.addIssue({ code: "custom", path: ["personId"], message: "Give personId, resourceId, or roleSlotId (a placeholder)" });
}

export const createBookingBody = z.object(bookingFields).superRefine((v, ctx) => {
  checkTarget(v, ctx);
  checkWhen(v, ctx, true);
});
export type CreateBookingBody = z.input<typeof createBookingBody>;

/** Several resources at once, all or nothing (one transaction). */
export const compositeBookingBody = z
  .object({
    ...bookingFields,
    items: z
      .array(
        z
          .object({
            personId: bookingFields.personId,
            resourceId: bookingFields.resourceId,
            roleSlotId: bookingFields.roleSlotId,
            holdRank: bookingFields.holdRank,
            rate: bookingFields.rate,
            rateUnit: bookingFields.rateUnit,
            currency: bookingFields.currency,
          })
          .superRefine(checkTarget),
      )
      .min(1)
      .max(50),
  })
  .omit({ personId: true, resourceId: true, roleSlotId: true })
  .superRefine((v, ctx) => checkWhen(v, ctx, true));
export type CompositeBookingBody = z.input<typeof compositeBookingBody>;

export const recurrenceSchema = z.object({
  frequency: z.enum(["daily", "weekly"]),
  interval: z.number().int().min(1).max(52).default(1),
  count: z.number().int().min(1).max(366).optional(),
  until: z.iso.date().optional().describe("Last day an occurrence may start (inclusive)"),
  weekdays: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .optional()
    .describe("Weekly only: ISO weekdays (1 = Monday); default the first occurrence's weekday"),
});
export const recurringBookingBody = z
  .object({
    ...bookingFields,
    recurrence: recurrenceSchema.refine((r) => r.count !== undefined || r.until !== undefined, { message: "Give count or until", path: ["count"] }),
    skipConflicts: z.boolean().default(false).describe("Leave out occurrences that cannot be booked instead of refusing the whole series"),
  })
  .superRefine((v, ctx) => {
    checkTarget(v, ctx);
    checkWhen(v, ctx, true);
  });
export type RecurringBookingBody = z.input<typeof recurringBookingBody>;

export const updateBookingBody = z
  .object({
    ...versioned,
    ...whenFields,
    personId: z.uuid().nullish(),
    resourceId: z.uuid().nullish(),
    roleSlotId: z.uuid().nullish(),
    taskId: z.uuid().nullish(),
    holdRank: holdRank.optional(),
    rate: bookingFields.rate,
    rateUnit: bookingFields.rateUnit,
    currency: bookingFields.currency,
    // .optional() outside: an absent note stays absent instead of clearing the note.
    notes: bookingFields.notes.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.personId && v.resourceId) ctx.addIssue({ code: "custom", path: ["resourceId"], message: "Book a person or a resource, not both" });
    checkWhen(v, ctx, false);
  });
export type UpdateBookingBody = z.input<typeof updateBookingBody>;

export const confirmBookingBody = z.object({ ...versioned, challengeDeadline: deadline });
export const bookingTransitionBody = z.object({ ...versioned, reason: optionalText(500) });

export const confirmResultSchema = z.object({
  outcome: z.enum(["confirmed", "challenged"]).describe("challenged: higher-ranked holds must confirm or release first"),
  booking: bookingSchema,
  challenges: z.array(challengeSchema),
});
export type ConfirmResult = z.infer<typeof confirmResultSchema>;

export const bookingBatchSchema = z.object({
  items: z.array(bookingSchema),
  challenges: z.array(challengeSchema),
  skipped: z
    .array(z.object({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }), conflicts: z.array(bookingConflictSchema) }))
    .describe("Recurring with skipConflicts: the occurrences left out"),
});
export type BookingBatch = z.infer<typeof bookingBatchSchema>;

export const bookingEventTypes = [
  "created",
  "moved",
  "resized",
  "reassigned",
  "confirmed",
  "challenged",
  "challenge_resolved",
  "promoted",
  "released",
  "cancelled",
  "updated",
] as const;
export const bookingEventSchema = z.object({
  id: z.uuid(),
  bookingId: z.uuid(),
  type: z.enum(bookingEventTypes),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable().describe("Null for automatic changes (e.g. an expired challenge)"),
  data: z.record(z.string(), z.unknown()),
  at: z.iso.datetime({ offset: true }),
});
export type BookingEvent = z.infer<typeof bookingEventSchema>;

export const bookingDetailSchema = bookingSchema.extend({ challenges: z.array(challengeSchema) });

export const bookingListQuery = pageQuery.extend({
  from: instantOrDate.optional(),
  to: instantOrDate.optional(),
  personId: z.uuid().optional(),
  resourceId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  roleSlotId: z.uuid().optional(),
  status: z
    .enum([...bookingStatuses, "live", "all"])
    .default("live")
    .describe("live = holds and confirmed"),
  placeholders: z.stringbool().optional().describe("true: only placeholders; false: none"),
});
export type BookingListQuery = z.input<typeof bookingListQuery>;

export const challengeListQuery = z.object({ status: z.enum([...challengeStatuses, "all"]).default("open") });
