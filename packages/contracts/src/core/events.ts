import { z } from "zod";

/**
 * Live events (CORE-10). Each is written to the outbox in the transaction of the change and
 * pushed to WebSocket clients of the organization after commit. `data` is the record as its
 * REST endpoint presents it (absent for deletions).
 */
export const eventTypes = [
  "organization.updated",
  "membership.created",
  "membership.updated",
  "membership.deleted",
  "invitation.created",
  "invitation.updated",
  "person.created",
  "person.updated",
  "project.created",
  "project.updated",
  "project_config.changed",
  "role_slot.created",
  "role_slot.updated",
  "field_definition.changed",
  "entity.created",
  "entity.updated",
  "entity.deleted",
  "casting.changed",
  "task.created",
  "task.updated",
  "task.deleted",
  "dependency.changed",
  "version.created",
  "version.updated",
  "playlist.changed",
  "comment.created",
  "comment.updated",
  "time_log.changed",
  "saved_view.changed",
  "import.completed",
  "comment.deleted",
  "notification.created",
  "notification.updated",
  "notification.read_all",
  "review_link.changed",
  "person_profile.updated",
  "skill.created",
  "time_off.changed",
  "public_holiday.changed",
  "resource.created",
  "resource.updated",
  "booking.created",
  "booking.updated",
  "booking_challenge.changed",
  "staffing_requirement.changed",
  "timeline_phase.changed",
  "timeline_milestone.changed",
  "timeline_dependency.changed",
] as const;
export type EventType = (typeof eventTypes)[number];

export const liveEventSchema = z.object({
  id: z.string().describe("Increasing per organization; send the last one back to resume"),
  type: z.enum(eventTypes),
  organizationId: z.uuid(),
  recordType: z.string(),
  recordId: z.uuid(),
  actorId: z.uuid().nullable(),
  data: z.unknown().optional(),
  at: z.iso.datetime({ offset: true }),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;

/** Control messages the socket sends besides events. */
export type SocketMessage = { kind: "event"; event: LiveEvent } | { kind: "ready"; lastEventId: string | null } | { kind: "resync"; reason: string };

export const eventsQuery = z.object({
  after: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
});
