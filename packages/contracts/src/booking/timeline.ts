import { z } from "zod";
import { dateOrder, datesInOrder, optionalText, recordMeta, trimmed, versioned } from "../core/common";

/**
 * The project timeline (SPEC BOOK-8): phases on dates with finish-to-start dependencies,
 * milestones, progress. Dates are whole days and inclusive: a phase from 2 to 6 March covers
 * five days, and a phase that waits for it may start on 7 March (plus any lag).
 */

export const cascadeModes = ["move", "warn"] as const;
export type CascadeMode = (typeof cascadeModes)[number];

const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "A colour like #4c6ef5")
  .transform((v) => v.toLowerCase());
/** Whole days in a range PostgreSQL and date arithmetic handle comfortably (a cascade can push later still). */
const day = z.iso.date().refine((d) => d >= "1900-01-01" && d <= "2999-12-31", "A date between 1900 and 2999");

/** No defaults here: Zod 4 applies a default even inside .partial(), so a PATCH would reset the field. */
const phaseFields = {
  name: trimmed(120),
  startDate: day,
  endDate: day,
  color,
  sortOrder: z.number().int().min(0).max(100_000).describe("Row on the chart; new phases go last"),
  progress: z.number().int().min(0).max(100).describe("Percent done, set by hand (phases not following a task type)"),
  taskTypeId: z.uuid().nullable().describe("Progress follows this task type's tasks in the project: the share approved"),
  notes: optionalText(5000),
};

export const createPhaseBody = z
  .object({
    ...phaseFields,
    color: color.default("#4c6ef5"),
    sortOrder: phaseFields.sortOrder.optional(),
    progress: phaseFields.progress.default(0),
    taskTypeId: phaseFields.taskTypeId.optional(),
  })
  .refine(datesInOrder, dateOrder);
export const updatePhaseBody = z
  .object(phaseFields)
  .partial()
  .extend({
    ...versioned,
    cascade: z
      .enum(cascadeModes)
      .default("warn")
      .describe(
        'When the dates change: "move" shifts the phases that wait for this one so finish-to-start holds; "warn" saves only this phase and lists what it now violates',
      ),
  })
  .refine(datesInOrder, dateOrder);
export type UpdatePhaseBody = z.input<typeof updatePhaseBody>;

export const phaseSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  color: z.string(),
  sortOrder: z.number().int(),
  progress: z.number().int().describe("Percent done: from the tasks when taskTypeId is set, else as set by hand"),
  taskTypeId: z.uuid().nullable(),
  tasks: z
    .object({ approved: z.number().int(), total: z.number().int() })
    .nullable()
    .describe("The followed task type's tasks in the project; null when progress is set by hand"),
  notes: z.string().nullable(),
  ...recordMeta,
});
export type Phase = z.infer<typeof phaseSchema>;

const milestoneFields = {
  name: trimmed(120),
  date: day,
  phaseId: z.uuid().nullable().describe("The phase it closes or belongs to; drawn as an arrow from that phase"),
  done: z.boolean(),
  notes: optionalText(5000),
};
export const createMilestoneBody = z.object({ ...milestoneFields, phaseId: milestoneFields.phaseId.optional(), done: z.boolean().default(false) });
export const updateMilestoneBody = z.object(milestoneFields).partial().extend(versioned);

export const milestoneSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  name: z.string(),
  date: z.iso.date(),
  phaseId: z.uuid().nullable(),
  done: z.boolean(),
  notes: z.string().nullable(),
  ...recordMeta,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const createPhaseDependencyBody = z.object({
  predecessorId: z.uuid().describe("The phase that must finish first"),
  successorId: z.uuid().describe("The phase that starts after it"),
  lagDays: z.number().int().min(0).max(365).default(0).describe("Days to leave between the two"),
});

export const phaseDependencySchema = z.object({
  id: z.uuid(),
  predecessorId: z.uuid(),
  successorId: z.uuid(),
  lagDays: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type PhaseDependency = z.infer<typeof phaseDependencySchema>;

export const timelineSchema = z.object({
  phases: z.array(phaseSchema),
  milestones: z.array(milestoneSchema),
  dependencies: z.array(phaseDependencySchema),
});
export type Timeline = z.infer<typeof timelineSchema>;

/** A finish-to-start link the saved dates break: the successor starts before `earliestStart`. */
export const timelineWarningSchema = z.object({
  predecessorId: z.uuid(),
  predecessorName: z.string(),
  successorId: z.uuid(),
  successorName: z.string(),
  earliestStart: z.iso.date().describe("The first day the successor may start"),
  startDate: z.iso.date().describe("The day it starts now"),
  message: z.string(),
});
export type TimelineWarning = z.infer<typeof timelineWarningSchema>;

export const phaseChangeResultSchema = z.object({
  phase: phaseSchema,
  moved: z.array(phaseSchema).describe('Dependents shifted to keep finish-to-start (cascade "move")'),
  warnings: z.array(timelineWarningSchema).describe("Finish-to-start links broken after the save"),
  milestones: z.array(milestoneSchema).describe("Milestones that moved with the end of their phase"),
});
export type PhaseChangeResult = z.infer<typeof phaseChangeResultSchema>;
