import { and, asc, eq, max } from "drizzle-orm";
import type { Milestone, Phase, PhaseDependency, Timeline } from "@backlot/contracts/booking/timeline";
import type { Queryable, Tx } from "../../../platform/db/pool";
import { fieldError, notFound } from "../../../platform/http/app-error";
import { timelineDependencies, timelineMilestones, timelinePhases } from "../booking.schema";
import { presentMeta } from "../shared/present";
import { withTaskProgress } from "./timeline-progress";

export type PhaseRow = typeof timelinePhases.$inferSelect;
export type MilestoneRow = typeof timelineMilestones.$inferSelect;
export type DependencyRow = typeof timelineDependencies.$inferSelect;
export type TimelineScope = { organizationId: string; projectId: string };

/** A phase as stored; `withTaskProgress` fills in progress from tasks for phases that follow a task type. */
export function presentPhase(row: PhaseRow): Phase {
  const { organizationId: _o, version: _v, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...fields } = row;
  return { ...fields, tasks: null, ...presentMeta(row) };
}

export function presentMilestone(row: MilestoneRow): Milestone {
  const { organizationId: _o, version: _v, createdAt: _c, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...fields } = row;
  return { ...fields, ...presentMeta(row) };
}

export function presentDependency(row: DependencyRow): PhaseDependency {
  return { id: row.id, predecessorId: row.predecessorId, successorId: row.successorId, lagDays: row.lagDays, createdAt: row.createdAt.toISOString() };
}

const phasesOf = (scope: TimelineScope) => and(eq(timelinePhases.organizationId, scope.organizationId), eq(timelinePhases.projectId, scope.projectId));

/**
 * All phases of a project. `lock` takes row locks (in id order, so two writers cannot deadlock):
 * a cascade reads and shifts several phases, and must not interleave with another one.
 */
export async function projectPhases(db: Queryable, scope: TimelineScope, lock = false): Promise<PhaseRow[]> {
  if (lock) await db.select({ id: timelinePhases.id }).from(timelinePhases).where(phasesOf(scope)).orderBy(asc(timelinePhases.id)).for("update");
  return db.select().from(timelinePhases).where(phasesOf(scope)).orderBy(asc(timelinePhases.sortOrder), asc(timelinePhases.startDate), asc(timelinePhases.id));
}

/** The links between phases of a project (both ends always belong to it). */
export async function projectDependencies(db: Queryable, scope: TimelineScope): Promise<DependencyRow[]> {
  const rows = await db
    .select({ dependency: timelineDependencies })
    .from(timelineDependencies)
    .innerJoin(
      timelinePhases,
      and(eq(timelinePhases.organizationId, timelineDependencies.organizationId), eq(timelinePhases.id, timelineDependencies.successorId)),
    )
    .where(and(eq(timelineDependencies.organizationId, scope.organizationId), eq(timelinePhases.projectId, scope.projectId)))
    .orderBy(asc(timelineDependencies.id));
  return rows.map((r) => r.dependency);
}

export async function loadTimeline(db: Queryable, scope: TimelineScope): Promise<Timeline> {
  const [phases, milestones, dependencies] = await Promise.all([
    projectPhases(db, scope),
    db
      .select()
      .from(timelineMilestones)
      .where(and(eq(timelineMilestones.organizationId, scope.organizationId), eq(timelineMilestones.projectId, scope.projectId)))
      .orderBy(asc(timelineMilestones.date), asc(timelineMilestones.id)),
    projectDependencies(db, scope),
  ]);
  return {
    phases: await withTaskProgress(db, scope, phases.map(presentPhase)),
    milestones: milestones.map(presentMilestone),
    dependencies: dependencies.map(presentDependency),
  };
}

export async function findPhase(db: Queryable, scope: TimelineScope, id: string): Promise<PhaseRow | null> {
  const [row] = await db
    .select()
    .from(timelinePhases)
    .where(and(phasesOf(scope), eq(timelinePhases.id, id)));
  return row ?? null;
}

export async function requirePhase(db: Queryable, scope: TimelineScope, id: string): Promise<PhaseRow> {
  const row = await findPhase(db, scope, id);
  if (!row) throw notFound("Phase");
  return row;
}

/** A phase named in a body: it must belong to this project, else a 400 on that field. */
export async function phaseField(db: Queryable, scope: TimelineScope, id: string, path: string): Promise<PhaseRow> {
  const row = await findPhase(db, scope, id);
  if (!row) throw fieldError(path, "No phase of this project has this id");
  return row;
}

export async function requireMilestone(db: Queryable, scope: TimelineScope, id: string): Promise<MilestoneRow> {
  const [row] = await db
    .select()
    .from(timelineMilestones)
    .where(and(eq(timelineMilestones.organizationId, scope.organizationId), eq(timelineMilestones.projectId, scope.projectId), eq(timelineMilestones.id, id)));
  if (!row) throw notFound("Milestone");
  return row;
}

export async function nextSortOrder(tx: Tx, scope: TimelineScope): Promise<number> {
  const [row] = await tx
    .select({ last: max(timelinePhases.sortOrder) })
    .from(timelinePhases)
    .where(phasesOf(scope));
  return (row?.last ?? -1) + 1;
}
