import { z } from "zod";
import { recordMeta, versioned } from "./common";
import { orgRoles, scopeTypes } from "./roles";

export const memberSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(orgRoles),
  ...recordMeta,
});
export type Member = z.infer<typeof memberSchema>;

export const updateMemberBody = z.object({ ...versioned, role: z.enum(orgRoles) });
export type UpdateMemberBody = z.input<typeof updateMemberBody>;

export const memberListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(200).optional(),
});

export const scopedMembershipSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  userId: z.uuid(),
  scopeType: z.enum(scopeTypes),
  scopeId: z.uuid(),
  role: z.enum(orgRoles),
  createdAt: z.iso.datetime({ offset: true }),
});
export type ScopedMembership = z.infer<typeof scopedMembershipSchema>;

export const createScopedMembershipBody = z.object({
  userId: z.uuid(),
  scopeType: z.enum(scopeTypes),
  scopeId: z.uuid(),
  role: z.enum(orgRoles),
});
