import { z } from "zod";
import { optionalText, recordMeta, trimmed } from "../core/common";
import { currency, timeZone } from "../core/organizations";
import { checkWhen, instantOrDate, whenFields } from "./when";

/** Skill levels: 1 = basic … 5 = expert (BOOK-1). */
export const skillLevel = z.number().int().min(1).max(5);
export const skillName = trimmed(80);

export const skillSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  people: z.number().int().describe("How many people have this skill"),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Skill = z.infer<typeof skillSchema>;
export const createSkillBody = z.object({ name: skillName });

export const personSkillSchema = z.object({ skillId: z.uuid(), name: z.string(), level: skillLevel });
export type PersonSkill = z.infer<typeof personSkillSchema>;

const isoWeekday = z.number().int().min(1).max(7);
const money = z.number().min(0).max(1_000_000_000);
const url = z.url({ protocol: /^https?$/ }).max(2000);

/** A person's booking profile; `version` 0 means none has been saved yet (defaults shown). */
export const personProfileSchema = z.object({
  personId: z.uuid(),
  displayName: z.string(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  timeZone: z.string().nullable().describe("Null: the organization's time zone applies"),
  effectiveTimeZone: z.string(),
  dayRate: z.number().nullable(),
  currency: z.string().nullable(),
  portfolioLinks: z.array(z.string()),
  experienceYears: z.number().int().nullable(),
  bio: z.string().nullable(),
  workDays: z.array(isoWeekday).describe("ISO weekdays worked, 1 = Monday"),
  hoursPerDay: z.number(),
  skills: z.array(personSkillSchema),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedBy: z.uuid().nullable(),
});
export type PersonProfile = z.infer<typeof personProfileSchema>;

export const updatePersonProfileBody = z.object({
  version: z.number().int().min(0).max(2_147_483_647).describe("The version read; 0 when no profile was saved yet"),
  // .optional() outside: an absent field stays absent (optionalText alone turns it into null).
  location: optionalText(200).optional(),
  timeZone: timeZone.nullish(),
  dayRate: money.nullish(),
  currency: currency.nullish(),
  portfolioLinks: z.array(url).max(20).optional(),
  experienceYears: z.number().int().min(0).max(80).nullish(),
  bio: optionalText(5000).optional(),
  workDays: z
    .array(isoWeekday)
    .max(7)
    .refine((d) => new Set(d).size === d.length, "Each weekday once")
    .optional(),
  hoursPerDay: z.number().gt(0).max(24).optional(),
  skills: z
    .array(z.object({ name: skillName, level: skillLevel }))
    .max(100)
    .refine((s) => new Set(s.map((x) => x.name.toLowerCase())).size === s.length, "Each skill once")
    .optional()
    .describe("Replaces the person's skills; unknown names are added to the organization's skill list"),
});
export type UpdatePersonProfileBody = z.input<typeof updatePersonProfileBody>;

// ---------- time off and public holidays ----------

export const timeOffKinds = ["vacation", "sick", "personal", "training", "other"] as const;

export const timeOffSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  allDay: z.boolean(),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  kind: z.enum(timeOffKinds),
  note: z.string().nullable(),
  ...recordMeta,
});
export type TimeOff = z.infer<typeof timeOffSchema>;

export const createTimeOffBody = z
  .object({ ...whenFields, kind: z.enum(timeOffKinds).default("vacation"), note: optionalText(1000) })
  .superRefine((v, ctx) => checkWhen(v, ctx, true));
export type CreateTimeOffBody = z.input<typeof createTimeOffBody>;
export const timeOffListQuery = z.object({ from: instantOrDate.optional(), to: instantOrDate.optional() });

export const holidaySchema = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  name: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Holiday = z.infer<typeof holidaySchema>;
export const createHolidayBody = z.object({ date: z.iso.date(), name: trimmed(200) });
export const holidayListQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

export const personRecordParams = z.object({ orgId: z.uuid(), id: z.uuid() });
export const personSubRecordParams = z.object({ orgId: z.uuid(), id: z.uuid(), recordId: z.uuid() });
