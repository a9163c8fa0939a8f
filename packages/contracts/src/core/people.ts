import { z } from "zod";
import { optionalText, recordMeta, trimmed, versioned } from "./common";

export const personSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  userId: z.uuid().nullable(),
  active: z.boolean(),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type Person = z.infer<typeof personSchema>;

const email = z
  .string()
  .trim()
  .max(254)
  .nullish()
  .transform((v) => (v === "" || v == null ? null : v.toLowerCase()))
  .refine((v) => v === null || z.email().safeParse(v).success, "Invalid email address");

const personFields = {
  displayName: trimmed(200),
  email,
  phone: optionalText(50),
  department: optionalText(100),
  title: optionalText(100),
  userId: z.uuid().nullish(),
  active: z.boolean().optional(),
};

export const createPersonBody = z.object(personFields);
export type CreatePersonBody = z.input<typeof createPersonBody>;

export const updatePersonBody = createPersonBody.partial().extend(versioned);
export type UpdatePersonBody = z.input<typeof updatePersonBody>;

export const personStatuses = ["active", "inactive", "archived", "all"] as const;

export const personListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(200).optional(),
  department: z.string().trim().max(100).optional(),
  status: z.enum(personStatuses).default("active"),
});
export type PersonListQuery = z.input<typeof personListQuery>;

export const archiveBody = z.object({ ...versioned });
