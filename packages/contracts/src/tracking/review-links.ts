import { z } from "zod";
import { reviewStatuses } from "./versions";

/**
 * Client review links (TRK-7): whoever holds the token sees one playlist and can leave notes.
 * Only a SHA-256 of the token is stored; the token is shown once, when the link is created.
 */
export const reviewLinkSchema = z.object({
  id: z.uuid(),
  playlistId: z.uuid(),
  hasPassword: z.boolean(),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  revokedAt: z.iso.datetime({ offset: true }).nullable(),
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.uuid().nullable(),
});
export type ReviewLink = z.infer<typeof reviewLinkSchema>;

export const createdReviewLinkSchema = reviewLinkSchema.extend({
  token: z.string().optional().describe("Shown only in this response; absent when an Idempotency-Key replays it"),
  url: z.string().optional().describe("The page to send to the client; absent on a replay, like the token"),
});
export type CreatedReviewLink = z.infer<typeof createdReviewLinkSchema>;

export const createReviewLinkBody = z.object({
  expiresAt: z.iso
    .datetime({ offset: true })
    .nullish()
    .refine((v) => !v || new Date(v).getTime() > Date.now(), "The expiry must be in the future"),
  password: z.string().min(6).max(200).optional().describe("The client must enter it to open the link"),
});
export type CreateReviewLinkBody = z.input<typeof createReviewLinkBody>;

// ---------- the public (unauthenticated) side ----------

/** Send the link's password, when it has one, in this header. */
export const reviewPasswordHeader = "x-review-password";

export const publicReviewNoteSchema = z.object({
  id: z.uuid(),
  bodyHtml: z.string(),
  authorName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});

export const publicReviewItemSchema = z.object({
  versionId: z.uuid(),
  label: z.string(),
  entityCode: z.string().nullable(),
  taskName: z.string(),
  description: z.string().nullable(),
  reviewStatus: z.enum(reviewStatuses),
  createdAt: z.iso.datetime({ offset: true }),
  media: z
    .object({
      name: z.string(),
      contentType: z.string(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
      contentUrl: z.string(),
      thumbnailUrl: z.string().nullable(),
    })
    .nullable(),
  notes: z.array(publicReviewNoteSchema).describe("Client-visible notes only"),
});

export const publicReviewSchema = z.object({
  playlist: z.object({ name: z.string(), reviewDate: z.iso.date().nullable(), projectName: z.string() }),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  items: z.array(publicReviewItemSchema),
});
export type PublicReview = z.infer<typeof publicReviewSchema>;

export const publicNoteBody = z.object({
  name: z.string().trim().min(1).max(100).describe("Who is leaving the note"),
  body: z.string().trim().min(1).max(5000),
  reviewStatus: z.enum(["approved", "retake"]).optional().describe("The client's decision on this version"),
});
export type PublicNoteBody = z.input<typeof publicNoteBody>;

export const reviewTokenParams = z.object({ token: z.string().min(20).max(200) });
export const reviewTokenFileParams = reviewTokenParams.extend({ fileId: z.uuid() });
export const reviewTokenVersionParams = reviewTokenParams.extend({ versionId: z.uuid() });
export const reviewMediaQuery = z.object({ key: z.string().max(200).optional().describe("Media key from the listing (password links)") });
