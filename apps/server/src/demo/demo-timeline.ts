import { and, eq, inArray } from "drizzle-orm";
import { createMilestoneBody, createPhaseBody, createPhaseDependencyBody } from "@backlot/contracts/booking/timeline";
import { createMilestone } from "../modules/booking/timeline/milestones.service";
import { addPhaseDependency } from "../modules/booking/timeline/phase-dependencies.service";
import { createPhase } from "../modules/booking/timeline/phases.service";
import { projects, taskTypes } from "../modules/tracking/tracking.schema";
import type { Deps } from "../platform/deps";
import type { Actor } from "../platform/http/actor";

/** `follows`: the shot task type whose approved share is the phase's progress. */
type DemoPhase = { name: string; start: string; end: string; color: string; progress: number; after?: string[]; lag?: number; follows?: string };
type DemoMilestone = { name: string; date: string; phase?: string; done?: boolean };
type DemoTimeline = { phases: DemoPhase[]; milestones: DemoMilestone[] };

/** Monday of this week (UTC) plus `days`, as a date: the commercial runs around today. */
function day(days: number): string {
  const now = new Date();
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ((now.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday + days * 86_400_000).toISOString().slice(0, 10);
}

/** The VFX show keeps the tracking demo's fixed dates (October 2026 to March 2027). */
const harbour: DemoTimeline = {
  phases: [
    { name: "Bidding & prep", start: "2026-10-05", end: "2026-10-23", color: "#868e96", progress: 100 },
    { name: "Asset build", start: "2026-10-26", end: "2026-11-27", color: "#7950f2", progress: 80, after: ["Bidding & prep"] },
    { name: "Shot production", start: "2026-11-30", end: "2027-02-05", color: "#1c7ed6", progress: 10, after: ["Asset build"] },
    { name: "Compositing", start: "2027-01-04", end: "2027-03-05", color: "#0ca678", progress: 0, follows: "Compositing" },
    { name: "Final QC & delivery", start: "2027-03-08", end: "2027-03-26", color: "#f76707", progress: 0, after: ["Shot production", "Compositing"] },
  ],
  milestones: [
    { name: "Client turnover", date: "2026-10-05", phase: "Bidding & prep", done: true },
    { name: "Asset sign-off", date: "2026-11-27", phase: "Asset build" },
    { name: "Temp screening", date: "2027-01-22" },
    { name: "Final delivery", date: "2027-03-26", phase: "Final QC & delivery" },
  ],
};

const midnight: DemoTimeline = {
  phases: [
    { name: "Pre-production", start: day(-14), end: day(-3), color: "#868e96", progress: 100 },
    { name: "Shoot", start: day(0), end: day(2), color: "#e64980", progress: 50, after: ["Pre-production"], lag: 2 },
    { name: "Post & VFX", start: day(3), end: day(16), color: "#1c7ed6", progress: 0, after: ["Shoot"] },
    { name: "Grade & online", start: day(17), end: day(20), color: "#0ca678", progress: 0, after: ["Post & VFX"] },
  ],
  milestones: [
    { name: "Shoot wrap", date: day(2), phase: "Shoot" },
    { name: "Client delivery", date: day(21), phase: "Grade & online" },
  ],
};

async function seedTimeline(deps: Deps, admin: Actor, scope: { organizationId: string; projectId: string }, plan: DemoTimeline) {
  const ids = new Map<string, string>();
  const types = await deps.db
    .select({ id: taskTypes.id, name: taskTypes.name })
    .from(taskTypes)
    .where(and(eq(taskTypes.organizationId, scope.organizationId), eq(taskTypes.projectId, scope.projectId), eq(taskTypes.entityTypeKey, "shot")));
  for (const p of plan.phases) {
    const taskTypeId = types.find((t) => t.name === p.follows)?.id ?? null;
    const body = createPhaseBody.parse({ name: p.name, startDate: p.start, endDate: p.end, color: p.color, progress: p.progress, taskTypeId });
    ids.set(p.name, (await createPhase(deps.db, admin, scope, body)).id);
  }
  for (const p of plan.phases) {
    for (const before of p.after ?? []) {
      const body = createPhaseDependencyBody.parse({ predecessorId: ids.get(before), successorId: ids.get(p.name), lagDays: p.lag ?? 0 });
      await addPhaseDependency(deps.db, admin, scope, body);
    }
  }
  for (const m of plan.milestones) {
    const body = createMilestoneBody.parse({ name: m.name, date: m.date, phaseId: m.phase ? ids.get(m.phase) : null, done: m.done ?? false });
    await createMilestone(deps.db, admin, scope, body);
  }
}

/** Project timelines (BOOK-8) for the demo VFX show and the commercial: phases, links, milestones. */
export async function seedDemoTimeline(deps: Deps, organizationId: string, admin: Actor) {
  const rows = await deps.db
    .select({ id: projects.id, code: projects.code })
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), inArray(projects.code, ["HBL", "MNR"])));
  const plans: Record<string, DemoTimeline> = { HBL: harbour, MNR: midnight };
  for (const row of rows) await seedTimeline(deps, admin, { organizationId, projectId: row.id }, plans[row.code] as DemoTimeline);
}
