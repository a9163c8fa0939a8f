import { z } from "zod";
import { optionalText, recordMeta, trimmed, versioned } from "../core/common";

/** A project member as a role slot, filled by a person now or later (SPEC decision 4, TRK-2). */
export const roleSlotSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  role: z.string(),
  department: z.string().nullable(),
  displayName: z.string(),
  personId: z.uuid().nullable(),
  personName: z.string().nullable(),
  personUserId: z.uuid().nullable(),
  sortOrder: z.number().int(),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  ...recordMeta,
});
export type RoleSlot = z.infer<typeof roleSlotSchema>;

const slotFields = {
  role: trimmed(100),
  department: optionalText(100),
  displayName: trimmed(200),
  personId: z.uuid().nullish(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
};
export const createRoleSlotBody = z.object(slotFields);
export type CreateRoleSlotBody = z.input<typeof createRoleSlotBody>;
export const updateRoleSlotBody = z
  .object(slotFields)
  .partial()
  .extend({ ...versioned, archived: z.boolean().optional() });
export type UpdateRoleSlotBody = z.input<typeof updateRoleSlotBody>;
