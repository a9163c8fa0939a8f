import { z } from "zod";
import { pageQuery } from "./common";

/** Why a notification was sent (CORE-9). */
export const notificationKinds = ["mention", "assignment", "review"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationSchema = z.object({
  id: z.uuid(),
  userId: z.uuid().describe("The recipient; live events of a notification reach only them"),
  kind: z.enum(notificationKinds),
  recordType: z.string().describe("The record it is about, e.g. `version` or `task`"),
  recordId: z.uuid(),
  projectId: z.uuid().nullable(),
  title: z.string(),
  body: z.string().nullable(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  readAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuery = pageQuery.extend({
  unread: z.stringbool().default(false).describe("Only unread notifications"),
});
export type NotificationListQuery = z.input<typeof notificationListQuery>;

export const unreadCountSchema = z.object({ count: z.number().int() });
export const readAllResultSchema = z.object({ updated: z.number().int() });
