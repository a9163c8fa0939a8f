import { z } from "zod";
import { optionalText, recordMeta, trimmed, versioned } from "../core/common";
import { currency, timeZone } from "../core/organizations";

/** Bookable things that are not people (BOOK-2). */
export const resourceKinds = ["room", "equipment"] as const;

export const resourceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(resourceKinds),
  name: z.string(),
  studioName: z.string().nullable().describe("The studio a room belongs to"),
  location: z.string().nullable(),
  timeZone: z.string().nullable().describe("Null: the organization's time zone applies"),
  dayRate: z.number().nullable(),
  currency: z.string().nullable(),
  capacity: z.number().int().nullable().describe("Seats or people a room holds"),
  description: z.string().nullable(),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type Resource = z.infer<typeof resourceSchema>;

const resourceFields = {
  kind: z.enum(resourceKinds),
  name: trimmed(200),
  studioName: optionalText(200),
  location: optionalText(200),
  timeZone: timeZone.nullish(),
  dayRate: z.number().min(0).max(1_000_000_000).nullish(),
  currency: currency.nullish(),
  capacity: z.number().int().min(0).max(100_000).nullish(),
  description: optionalText(5000),
};
export const createResourceBody = z.object(resourceFields);
export type CreateResourceBody = z.input<typeof createResourceBody>;
export const updateResourceBody = z
  .object(resourceFields)
  .omit({ kind: true })
  .partial()
  .extend({ ...versioned, archived: z.boolean().optional() });
export type UpdateResourceBody = z.input<typeof updateResourceBody>;

export const resourceListQuery = z.object({
  kind: z.enum(resourceKinds).optional(),
  studio: z.string().trim().max(200).optional(),
  q: z.string().trim().max(200).optional(),
  archived: z.stringbool().default(false),
});
