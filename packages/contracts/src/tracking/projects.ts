import { z } from "zod";
import { optionalText, pageQuery, recordMeta, trimmed, versioned } from "../core/common";

export const projectKinds = ["feature", "series", "commercial", "game", "animation", "vfx", "livestream_campaign"] as const;
export const projectStatuses = ["bidding", "active", "on_hold", "wrapped"] as const;
/** Templates preset entity types, task types per entity type and statuses (TRK-1). */
export const projectTemplates = ["vfx", "animation", "game", "film", "series", "blank"] as const;

const isoDate = z.iso.date();
const code = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u, "Letters, digits, _, . and - only, starting with a letter or digit");

export const projectSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  name: z.string(),
  code: z.string(),
  kind: z.enum(projectKinds),
  status: z.enum(projectStatuses),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  clientName: z.string().nullable(),
  description: z.string().nullable(),
  template: z.string().nullable(),
  fps: z.number(),
  assetTypes: z.array(z.string()),
  tags: z.array(z.string()),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type Project = z.infer<typeof projectSchema>;

/** Tags; ";" separates them in CSV, so it cannot be part of one. */
export const tagList = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .max(50)
      .regex(/^[^;]*$/, "A tag cannot contain ;"),
  )
  .max(50);

const projectFields = {
  name: trimmed(200),
  code,
  kind: z.enum(projectKinds),
  status: z.enum(projectStatuses).optional(),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  clientName: optionalText(200),
  description: optionalText(5000),
  fps: z.number().positive().max(1000).optional(),
  assetTypes: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
  tags: tagList.optional(),
};

function datesInOrder(v: { startDate?: string | null; endDate?: string | null }) {
  return !v.startDate || !v.endDate || v.startDate <= v.endDate;
}
const dateOrder = { message: "The end date is before the start date", path: ["endDate"] };

export const createProjectBody = z.object({ ...projectFields, template: z.enum(projectTemplates).default("blank") }).refine(datesInOrder, dateOrder);
export type CreateProjectBody = z.input<typeof createProjectBody>;

export const updateProjectBody = z.object(projectFields).partial().extend(versioned).refine(datesInOrder, dateOrder);
export type UpdateProjectBody = z.input<typeof updateProjectBody>;

export const projectListQuery = pageQuery.extend({
  q: z.string().trim().max(200).optional(),
  status: z.enum([...projectStatuses, "archived", "all", "open"]).default("open"),
});
export type ProjectListQuery = z.input<typeof projectListQuery>;

/** Route params of everything inside a project. */
export const projectParams = z.object({ orgId: z.uuid(), projectId: z.uuid() });
export const projectRecordParams = projectParams.extend({ id: z.uuid() });
