import { z } from "zod";

/** A secret, revocable iCalendar URL for one person's or room's bookings (BOOK-10). */
export const calendarFeedSchema = z.object({
  id: z.uuid(),
  subject: z.enum(["person", "resource"]),
  subjectId: z.uuid(),
  tokenPrefix: z.string().describe("The start of the secret, to recognise it"),
  url: z.string().nullable().describe("The feed's address: only in the answer that creates it; keep it secret"),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.uuid().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
export const calendarFeedStateSchema = z.object({ feed: calendarFeedSchema.nullable() });
export const calendarFileParams = z.object({
  file: z
    .string()
    .max(200)
    .regex(/^blcal_[A-Za-z0-9_-]{20,100}\.ics$/, "Not a calendar address"),
});
