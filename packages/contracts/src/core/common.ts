import { z } from "zod";

export const uuid = z.uuid();
export const idParams = z.object({ id: z.uuid() });
export const orgParams = z.object({ orgId: z.uuid() });
export const orgRecordParams = z.object({ orgId: z.uuid(), id: z.uuid() });

/** Query string of every list endpoint: cursor pagination. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Fields every mutable record exposes. */
export const recordMeta = {
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  createdBy: z.uuid().nullable(),
  updatedBy: z.uuid().nullable(),
};

/** An update names the version it was based on (optimistic concurrency, CORE-15). */
export const versioned = { version: z.number().int().min(1).max(2_147_483_647) };

export const trimmed = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v === "" || v == null ? null : v));

/** For refining a body with optional inclusive dates: the end may not come before the start. */
export const datesInOrder = (v: { startDate?: string; endDate?: string }) => !v.startDate || !v.endDate || v.startDate <= v.endDate;
export const dateOrder = { message: "The end date is before the start date", path: ["endDate"] };
