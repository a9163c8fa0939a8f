import { z } from "zod";
import { optionalText, pageQuery, recordMeta, versioned } from "../core/common";

/** Time logged by a person on a task on a day (TRK-9). */
export const timeLogSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  taskId: z.uuid(),
  taskName: z.string(),
  projectId: z.uuid(),
  projectCode: z.string(),
  entityCode: z.string().nullable(),
  day: z.iso.date(),
  minutes: z.number().int(),
  note: z.string().nullable(),
  ...recordMeta,
});
export type TimeLog = z.infer<typeof timeLogSchema>;

const minutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);

export const createTimeLogBody = z.object({
  personId: z.uuid().optional().describe("Defaults to the person linked to the caller; logging for others needs task.edit"),
  taskId: z.uuid(),
  day: z.iso.date(),
  minutes,
  note: optionalText(1000),
});
export type CreateTimeLogBody = z.input<typeof createTimeLogBody>;

export const updateTimeLogBody = z.object({ day: z.iso.date().optional(), minutes: minutes.optional(), note: optionalText(1000), ...versioned });
export type UpdateTimeLogBody = z.input<typeof updateTimeLogBody>;

export const timeLogListQuery = pageQuery.extend({
  personId: z.uuid().optional(),
  taskId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type TimeLogListQuery = z.input<typeof timeLogListQuery>;

export const timesheetQuery = z.object({
  personId: z.uuid().optional().describe("Defaults to the caller's person"),
  week: z.iso.date().optional().describe("Any day of the week; defaults to today. Weeks start on the organization's week start"),
});

export const timesheetSchema = z.object({
  personId: z.uuid(),
  personName: z.string(),
  weekStart: z.iso.date(),
  days: z.array(z.iso.date()).length(7),
  rows: z.array(
    z.object({
      taskId: z.uuid(),
      taskName: z.string(),
      projectId: z.uuid(),
      projectCode: z.string(),
      entityCode: z.string().nullable(),
      minutes: z.array(z.number().int()).length(7),
      total: z.number().int(),
    }),
  ),
  dayTotals: z.array(z.number().int()).length(7),
  total: z.number().int(),
});
export type Timesheet = z.infer<typeof timesheetSchema>;
