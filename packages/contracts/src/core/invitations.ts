import { z } from "zod";
import { orgRoles } from "./roles";

export const invitationStatuses = ["pending", "accepted", "revoked", "expired"] as const;

export const invitationSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  email: z.string(),
  role: z.enum(orgRoles),
  status: z.enum(invitationStatuses),
  invitedBy: z.uuid().nullable(),
  expiresAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
  /** Only present in the response that created (or re-sent) the invitation. */
  acceptUrl: z.string().optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationBody = z.object({
  email: z.email().trim().toLowerCase().max(254),
  role: z.enum(orgRoles).default("member"),
});
export type CreateInvitationBody = z.input<typeof createInvitationBody>;

export const acceptInvitationBody = z.object({ token: z.string().min(20).max(200) });

/** What someone holding an invitation link may see before accepting it. */
export const invitationPreviewSchema = z.object({
  organizationName: z.string(),
  email: z.string(),
  role: z.enum(orgRoles),
  status: z.enum(invitationStatuses),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
