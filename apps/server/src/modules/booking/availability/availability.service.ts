import type { Candidate } from "@backlot/contracts/booking/planning";
import type { Queryable } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";
import { type AvailabilitySearch, type CandidateRow, searchCandidates } from "./availability.repo";

const maxWindowDays = 366;
const toIso = (v: string) => new Date(v).toISOString();

function checkWindow(from: string, to: string) {
  const span = Date.parse(to) - Date.parse(from);
  if (!(span > 0)) throw fieldError("query.to", "to must be after from");
  if (span > maxWindowDays * 86_400_000) throw fieldError("query.to", `At most ${maxWindowDays} days`);
}

function toCandidate(row: CandidateRow, requiredCount: number): Candidate {
  const dayRate = row.day_rate === null ? null : Number(row.day_rate);
  return {
    personId: row.id,
    displayName: row.display_name,
    department: row.department,
    title: row.title,
    location: row.location,
    timeZone: row.tz,
    skills: row.skills,
    matchScore: requiredCount === 0 ? 1 : Math.round((row.level_sum / (5 * requiredCount)) * 100) / 100,
    dayRate,
    currency: row.currency,
    workingDays: row.working_days,
    estimatedCost: dayRate === null ? null : Math.round(dayRate * row.working_days * 100) / 100,
    free: row.conflicts.length === 0,
    conflicts: row.conflicts.map((c) => ({ ...c, start: toIso(c.start), end: toIso(c.end) })),
    holds: row.holds.map((h) => ({ ...h, start: toIso(h.start), end: toIso(h.end) })),
  };
}

/** Best match first; among equals the cheaper; people without a rate after those with one. */
export function rankCandidates(a: Candidate, b: Candidate): number {
  if (a.matchScore !== b.matchScore) return b.matchScore - a.matchScore;
  if (a.estimatedCost !== b.estimatedCost) return (a.estimatedCost ?? Number.POSITIVE_INFINITY) - (b.estimatedCost ?? Number.POSITIVE_INFINITY);
  return a.displayName.localeCompare(b.displayName);
}

/**
 * "Who with skills X is free from A to B" (BOOK-6): people with every skill at its minimum
 * level, free of confirmed bookings and time off in the window (holds do not make anyone busy,
 * they are listed), ranked by match, then by cost over the window.
 */
export async function searchAvailability(db: Queryable, organizationId: string, search: AvailabilitySearch & { includeBusy: boolean; limit: number }) {
  checkWindow(search.from, search.to);
  const rows = await searchCandidates(db, organizationId, search);
  return rows
    .map((r) => toCandidate(r, search.skills.length))
    .filter((c) => search.includeBusy || c.free)
    .sort(rankCandidates)
    .slice(0, search.limit);
}
