import type { Challenge } from "@backlot/contracts/booking/bookings";
import type { Candidate } from "@backlot/contracts/booking/planning";
import type { Skill } from "@backlot/contracts/booking/profiles";
import type { SchedulerWindow } from "@backlot/contracts/booking/scheduler";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { bookingKeys } from "../../bookings/api/booking-keys";
import { addDays } from "./calendar-days";
import { type SchedulerParams, skillQuery, zoomLevels } from "./scheduler-params";

const orgUrl = (orgId: string) => `/api/v1/organizations/${orgId}`;
// Module-level selectors: a stable function keeps the selected value stable between renders.
const items = <T>(r: { items: T[] }) => r.items;

/** What the server filters on; the first and last day are part of it (the window is per range). */
export function windowQuery(p: SchedulerParams) {
  return {
    from: p.start,
    to: addDays(p.start, zoomLevels[p.zoom].days),
    rows: p.rows,
    department: p.rows === "people" ? (p.department ?? undefined) : undefined,
    skills: p.rows === "people" ? skillQuery(p) : undefined,
    q: p.q.trim() || undefined,
  };
}
export type WindowQuery = ReturnType<typeof windowQuery>;

function mergePages(a: SchedulerWindow, b: SchedulerWindow): SchedulerWindow {
  const known = new Set(a.projects.map((p) => p.id));
  return {
    ...a,
    rows: [...a.rows, ...b.rows],
    bookings: [...a.bookings, ...b.bookings],
    timeOff: [...a.timeOff, ...b.timeOff],
    projects: [...a.projects, ...b.projects.filter((p) => !known.has(p.id))],
    nextCursor: b.nextCursor,
  };
}

/**
 * Windows requested at navigation, before the organization and the page have loaded (see
 * prefetchWindow); the page's first fetch of the same window takes the answer from here.
 */
const early = new Map<string, Promise<SchedulerWindow | null>>();
const earlyKey = (orgId: string, query: WindowQuery) => JSON.stringify([orgId, query]);

export function prefetchWindow(orgId: string, query: WindowQuery) {
  const key = earlyKey(orgId, query);
  if (early.has(key)) return;
  early.set(
    key,
    fetchPages(orgId, query).catch(() => null),
  );
  // Not taken (another view was shown): forget it.
  setTimeout(() => early.delete(key), 10_000);
}

async function fetchWindow(orgId: string, query: WindowQuery, signal: AbortSignal): Promise<SchedulerWindow> {
  const key = earlyKey(orgId, query);
  const pending = early.get(key);
  early.delete(key);
  return (pending && (await pending)) || fetchPages(orgId, query, signal);
}

/** All pages of a window, merged: 1,000 rows a page, so a 500-person studio is one request. */
async function fetchPages(orgId: string, query: WindowQuery, signal?: AbortSignal): Promise<SchedulerWindow> {
  const page = (cursor?: string) => api<SchedulerWindow>(`${orgUrl(orgId)}/scheduler`, { query: { ...query, limit: 1000, cursor }, signal });
  let merged = await page();
  while (merged.nextCursor) merged = mergePages(merged, await page(merged.nextCursor));
  return merged;
}

export function useSchedulerWindow(orgId: string, query: WindowQuery) {
  return useQuery({
    queryKey: [...bookingKeys.windows(orgId), query],
    queryFn: ({ signal }) => fetchWindow(orgId, query, signal),
    // Moving a week keeps the old window on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

/** "Who is free between A and B" with the same skill and department filter, best match first. */
export function useFreeCandidates(orgId: string, p: SchedulerParams) {
  const enabled = p.rows === "people" && p.freeFrom !== null && p.freeTo !== null;
  return useQuery({
    enabled,
    queryKey: [...bookingKeys.availability(orgId), p.freeFrom, p.freeTo, p.department, skillQuery(p)],
    queryFn: ({ signal }) =>
      api<{ items: Candidate[] }>(`${orgUrl(orgId)}/availability`, {
        query: {
          from: p.freeFrom,
          to: p.freeTo ? addDays(p.freeTo, 1) : undefined,
          department: p.department ?? undefined,
          skills: skillQuery(p),
          limit: 200,
        },
        signal,
      }),
    select: items,
    placeholderData: keepPreviousData,
  });
}

export function useSkills(orgId: string) {
  return useQuery({
    queryKey: bookingKeys.skills(orgId),
    queryFn: ({ signal }) => api<{ items: Skill[] }>(`${orgUrl(orgId)}/skills`, { signal }),
    select: items,
    staleTime: 60_000,
  });
}

/** Open challenges by booking id (either side), to flag bars. */
export function useOpenChallenges(orgId: string) {
  return useQuery({
    queryKey: bookingKeys.challenges(orgId),
    queryFn: ({ signal }) => api<{ items: Challenge[] }>(`${orgUrl(orgId)}/booking-challenges`, { signal }),
    select: challengesByBooking,
  });
}

function challengesByBooking(r: { items: Challenge[] }): ChallengeFlags {
  const byBooking: ChallengeFlags = new Map();
  for (const c of r.items) {
    byBooking.set(c.holderBookingId, { challenge: c, role: "holder" });
    if (!byBooking.has(c.challengerBookingId)) byBooking.set(c.challengerBookingId, { challenge: c, role: "challenger" });
  }
  return byBooking;
}
export type ChallengeFlags = Map<string, { challenge: Challenge; role: "holder" | "challenger" }>;
