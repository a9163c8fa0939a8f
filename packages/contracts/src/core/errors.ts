import { z } from "zod";

/** The closed set of machine-readable error codes every API error carries (RFC 9457 `code`). */
export const errorCodes = [
  "validation_failed",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "version_conflict",
  "idempotency_key_reused",
  "idempotency_in_progress",
  "csrf_rejected",
  "rate_limited",
  "payload_too_large",
  "last_admin",
  "invitation_invalid",
  "weak_password",
  "dependency_cycle",
  "booking_conflict",
  "project_archived",
  "internal_error",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldErrorSchema = z.object({
  path: z.string().describe("Where the problem is, e.g. `body.email`"),
  message: z.string(),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.enum(errorCodes),
  errors: z.array(fieldErrorSchema).optional(),
  current: z.unknown().optional().describe("For version conflicts: the record as it is now"),
  conflicts: z
    .array(z.record(z.string(), z.unknown()))
    .optional()
    .describe("For booking conflicts: the bookings or time off in the way (id, kind, start, end, …)"),
});
export type Problem = z.infer<typeof problemSchema>;
