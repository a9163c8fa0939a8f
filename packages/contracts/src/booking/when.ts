import { z } from "zod";

/**
 * When something happens: either two absolute instants [start, end), or whole days
 * startDate … endDate (inclusive), which the server turns into instants in the booked
 * person's or room's time zone (BOOK-3).
 */
export const whenFields = {
  start: z.iso.datetime({ offset: true }).optional(),
  end: z.iso.datetime({ offset: true }).optional(),
  startDate: z.iso.date().optional(),
  endDate: z.iso.date().optional(),
};
export type When = { start?: string; end?: string; startDate?: string; endDate?: string };

/** The longest single booking or time off: beyond that, book again. */
export const maxSpanDays = 1100;
const dayMs = 86_400_000;

function issue(ctx: z.RefinementCtx, path: string, message: string) {
  ctx.addIssue({ code: "custom", path: [path], message });
}

/** Checks the two forms are complete, not mixed, in order and not absurdly long. */
export function checkWhen(v: When, ctx: z.RefinementCtx, required: boolean) {
  const timed = v.start !== undefined || v.end !== undefined;
  const days = v.startDate !== undefined || v.endDate !== undefined;
  if (timed && days) return issue(ctx, "startDate", "Give either start and end, or startDate and endDate, not both");
  if (!timed && !days) return required ? issue(ctx, "start", "Give start and end, or startDate and endDate") : undefined;
  if (timed) {
    if (v.start === undefined) return issue(ctx, "start", "start is needed with end");
    if (v.end === undefined) return issue(ctx, "end", "end is needed with start");
    const span = Date.parse(v.end) - Date.parse(v.start);
    if (span <= 0) return issue(ctx, "end", "end must be after start");
    if (span > maxSpanDays * dayMs) return issue(ctx, "end", `At most ${maxSpanDays} days`);
    return;
  }
  if (v.startDate === undefined) return issue(ctx, "startDate", "startDate is needed with endDate");
  if (v.endDate === undefined) return issue(ctx, "endDate", "endDate is needed with startDate");
  const span = Date.parse(v.endDate) - Date.parse(v.startDate);
  if (span < 0) return issue(ctx, "endDate", "endDate is before startDate");
  if (span >= maxSpanDays * dayMs) return issue(ctx, "endDate", `At most ${maxSpanDays} days`);
}

/** A window [from, to) given as dates (in the organization's time zone) or instants. */
export const instantOrDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
