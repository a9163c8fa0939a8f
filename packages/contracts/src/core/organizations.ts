import { z } from "zod";
import { recordMeta, trimmed, versioned } from "./common";
import { orgRoles } from "./roles";

export const weekStarts = ["monday", "sunday", "saturday"] as const;

/** IANA time zone names known to this runtime. */
export const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "Unknown time zone (use an IANA name such as Europe/London)");

export const currency = z.string().regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 code such as USD");

export const organizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  weekStart: z.enum(weekStarts),
  auditRetentionDays: z.number().int().nullable(),
  myRole: z.enum(orgRoles),
  ...recordMeta,
});
export type Organization = z.infer<typeof organizationSchema>;

export const createOrganizationBody = z.object({
  name: trimmed(120),
  timeZone: timeZone.default("UTC"),
  currency: currency.default("USD"),
  weekStart: z.enum(weekStarts).default("monday"),
});
export type CreateOrganizationBody = z.input<typeof createOrganizationBody>;

export const updateOrganizationBody = z.object({
  ...versioned,
  name: trimmed(120).optional(),
  timeZone: timeZone.optional(),
  currency: currency.optional(),
  weekStart: z.enum(weekStarts).optional(),
  auditRetentionDays: z.number().int().min(30).max(3650).nullable().optional(),
});
export type UpdateOrganizationBody = z.input<typeof updateOrganizationBody>;
