import { z } from "zod";

/** Dates are local days of each person (whole weeks from the organization's week start). */
export const utilizationQuery = z.object({
  from: z.iso.date(),
  to: z.iso.date().describe("Exclusive"),
  groupBy: z.enum(["person", "department"]).default("person"),
  department: z.string().trim().max(100).optional(),
});
export type UtilizationQuery = z.input<typeof utilizationQuery>;

const hours = z.number().describe("Hours");
export const utilizationCellSchema = z.object({
  weekStart: z.iso.date(),
  capacityHours: hours.describe("Working hours: the person's days and hours, minus public holidays and time off"),
  bookedHours: hours.describe("Confirmed bookings"),
  tentativeHours: hours.describe("Holds"),
  utilization: z.number().nullable().describe("bookedHours / capacityHours; null without capacity"),
  overAllocated: z.boolean().describe("More confirmed hours than capacity"),
  overAllocatedWithHolds: z.boolean().describe("More confirmed and held hours than capacity"),
});
export const utilizationRowSchema = z.object({
  key: z.string().describe("Person id, or department name ('' for none)"),
  personId: z.uuid().nullable(),
  name: z.string(),
  department: z.string().nullable(),
  people: z.number().int(),
  weeks: z.array(utilizationCellSchema),
  totals: utilizationCellSchema.omit({ weekStart: true }),
});
export const utilizationResultSchema = z.object({ weekStarts: z.array(z.iso.date()), rows: z.array(utilizationRowSchema) });
export type Utilization = z.infer<typeof utilizationResultSchema>;

export const bookingCostQuery = z.object({
  from: z.iso.date().describe("In the organization's time zone"),
  to: z.iso.date().describe("Exclusive"),
  projectId: z.uuid().optional(),
});
export const projectCostSchema = z.object({
  projectId: z.uuid(),
  projectName: z.string(),
  projectCode: z.string(),
  currency: z.string().nullable(),
  confirmedCost: z.number(),
  tentativeCost: z.number().describe("Holds, if they were all confirmed"),
  confirmedDays: z.number(),
  tentativeDays: z.number(),
  bookings: z.number().int(),
  unpriced: z.number().int().describe("Bookings without a rate (not in the costs)"),
});
export const bookingCostResultSchema = z.object({ items: z.array(projectCostSchema) });

type CellTotals = Omit<z.infer<typeof utilizationCellSchema>, "weekStart">;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * One cell's figures from its hours: utilization is confirmed over capacity, over-allocation is
 * more confirmed (or confirmed and held) hours than capacity. Shared so the server's rows and
 * the web's department sums follow one rule.
 */
export function utilizationCell(capacity: number, booked: number, tentative: number): CellTotals {
  return {
    capacityHours: round2(capacity),
    bookedHours: round2(booked),
    tentativeHours: round2(tentative),
    utilization: capacity > 0 ? round2(booked / capacity) : null,
    overAllocated: booked > capacity + 1e-9,
    overAllocatedWithHolds: booked + tentative > capacity + 1e-9,
  };
}
