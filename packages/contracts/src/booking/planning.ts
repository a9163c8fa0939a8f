import { z } from "zod";
import { dateOrder, datesInOrder, optionalText, recordMeta, trimmed, versioned } from "../core/common";
import { bookingConflictSchema } from "./bookings";
import { skillLevel, skillName } from "./profiles";
import { instantOrDate } from "./when";

/** "Nuke:3,Compositing" → [{ name: "Nuke", minLevel: 3 }, { name: "Compositing", minLevel: 1 }]. */
export const skillFilter = z
  .string()
  .trim()
  .max(1000)
  .transform((value, ctx) => {
    const wanted: { name: string; minLevel: number }[] = [];
    for (const part of value
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)) {
      const match = /^([^:]+?)\s*(?::\s*(\d+))?$/.exec(part);
      const level = Number(match?.[2] ?? 1);
      if (!match?.[1] || match[1].length > 80 || !(level >= 1 && level <= 5)) {
        ctx.addIssue({ code: "custom", message: `"${part}" is not a skill, or skill:level with a level from 1 to 5` });
        return z.NEVER;
      }
      wanted.push({ name: match[1], minLevel: level });
    }
    if (wanted.length > 20) ctx.addIssue({ code: "custom", message: "At most 20 skills" });
    return wanted;
  });

export const requiredSkill = z.object({ name: skillName, minLevel: skillLevel.default(1) });

// ---------- availability search (BOOK-6) ----------

export const availabilityQuery = z.object({
  skills: skillFilter.optional().describe('Skills with minimum levels, e.g. "Nuke:3,Compositing"'),
  from: instantOrDate.describe("Start of the window; a date means midnight in each person's own time zone"),
  to: instantOrDate.describe("End of the window (exclusive)"),
  department: z.string().trim().max(100).optional(),
  location: z.string().trim().max(200).optional(),
  includeBusy: z.stringbool().default(false).describe("Also list people who are booked or off in the window"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AvailabilityQuery = z.input<typeof availabilityQuery>;

export const candidateSchema = z.object({
  personId: z.uuid(),
  displayName: z.string(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  timeZone: z.string(),
  skills: z.array(z.object({ name: z.string(), level: z.number().int() })),
  matchScore: z.number().describe("0–1: the required skills' levels out of 5, averaged (1 when no skill is asked for)"),
  dayRate: z.number().nullable(),
  currency: z.string().nullable(),
  workingDays: z.number().int().describe("Working days in the window (the person's week, minus public holidays)"),
  estimatedCost: z.number().nullable().describe("Day rate × working days"),
  free: z.boolean().describe("No confirmed booking and no time off in the window"),
  conflicts: z.array(bookingConflictSchema).describe("Confirmed bookings and time off in the window"),
  holds: z.array(z.object({ id: z.uuid(), holdRank: z.number().int(), projectName: z.string(), start: z.string(), end: z.string() })),
});
export type Candidate = z.infer<typeof candidateSchema>;
export const availabilityResultSchema = z.object({ items: z.array(candidateSchema) });

// ---------- staffing requirements ----------

const staffingFields = {
  role: trimmed(100),
  department: optionalText(100),
  skills: z.array(requiredSkill).max(20),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  count: z.number().int().min(1).max(500),
  roleSlotId: z.uuid().nullish(),
  notes: optionalText(5000),
};

// Defaults only on create: Zod applies a field's default inside .partial() too, so an update
// that left out `count` or `skills` would silently reset them.
export const createStaffingBody = z
  .object({ ...staffingFields, skills: staffingFields.skills.default([]), count: staffingFields.count.default(1) })
  .refine(datesInOrder, dateOrder);
export const updateStaffingBody = z.object(staffingFields).partial().extend(versioned).refine(datesInOrder, dateOrder);

export const staffingRequirementSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  role: z.string(),
  department: z.string().nullable(),
  skills: z.array(z.object({ name: z.string(), minLevel: z.number().int() })),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  count: z.number().int(),
  roleSlotId: z.uuid().nullable(),
  notes: z.string().nullable(),
  filled: z.number().int().describe("People and placeholders booked against it (holds and confirmed)"),
  ...recordMeta,
});
export const staffingWithCandidatesSchema = staffingRequirementSchema.extend({ candidates: z.array(candidateSchema) });
export type StaffingRequirement = z.infer<typeof staffingWithCandidatesSchema>;
export const staffingListQuery = z.object({ candidates: z.coerce.number().int().min(0).max(20).default(5) });
