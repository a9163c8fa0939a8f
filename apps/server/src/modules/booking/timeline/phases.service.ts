import { and, eq, inArray } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createPhaseBody, Milestone, Phase, PhaseChangeResult, updatePhaseBody } from "@backlot/contracts/booking/timeline";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db, Tx } from "../../../platform/db/pool";
import { fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { timelineMilestones, timelinePhases } from "../booking.schema";
import { definedOnly } from "../shared/present";
import {
  nextSortOrder,
  type PhaseRow,
  presentMilestone,
  presentPhase,
  projectDependencies,
  projectPhases,
  requirePhase,
  type TimelineScope,
} from "./timeline.repo";
import { requireProjectTaskType, withTaskProgress } from "./timeline-progress";
import { addDays, cascadeMove, daysBetween, type Span, violations } from "./timeline-schedule";

const event = "timeline_phase.changed" as const;
const recordType = "timeline_phase";

export function createPhase(db: Db, actor: Actor, scope: TimelineScope, body: z.output<typeof createPhaseBody>): Promise<Phase> {
  return withChanges(db, actor.userId, async (tx, record) => {
    if (body.taskTypeId) await requireProjectTaskType(tx, scope, body.taskTypeId);
    const sortOrder = body.sortOrder ?? (await nextSortOrder(tx, scope));
    const [row] = await tx
      .insert(timelinePhases)
      .values({ ...scope, ...body, sortOrder, id: uuidv7(), createdBy: actor.userId, updatedBy: actor.userId })
      .returning();
    const after = presentPhase(row as PhaseRow);
    record({ organizationId: scope.organizationId, recordType, recordId: after.id, action: "create", after, event });
    return (await withTaskProgress(tx, scope, [after]))[0] as Phase;
  });
}

type Save = { tx: Tx; record: RecordChange; actor: Actor };

/** Shifts the phases downstream of `moved` (already saved) so finish-to-start holds; each is a versioned save. */
async function moveDependents(save: Save, rows: PhaseRow[], links: Awaited<ReturnType<typeof projectDependencies>>, moved: Phase): Promise<Phase[]> {
  const spans = new Map<string, Span>(rows.map((r) => [r.id, r]));
  spans.set(moved.id, moved);
  const shifted = cascadeMove(spans, links, moved.id);
  const saved: Phase[] = [];
  for (const row of rows) {
    const to = shifted.get(row.id);
    if (!to) continue;
    saved.push(
      await saveVersioned(save.tx, save.record, {
        table: timelinePhases,
        before: row,
        fields: { startDate: to.startDate, endDate: to.endDate },
        version: row.version,
        actorId: save.actor.userId,
        present: presentPhase,
        recordType,
        event,
      }),
    );
  }
  return saved;
}

/** Progress is set by hand only on phases that do not follow a task type. */
async function checkProgressSource(tx: Tx, scope: TimelineScope, before: PhaseRow, fields: { progress?: number; taskTypeId?: string | null }) {
  if (fields.taskTypeId) await requireProjectTaskType(tx, scope, fields.taskTypeId);
  const follows = fields.taskTypeId === undefined ? before.taskTypeId : fields.taskTypeId;
  if (fields.progress !== undefined && follows) {
    throw fieldError("body.progress", "This phase's progress follows its task type's tasks; stop following them to set it by hand");
  }
}

/**
 * A phase's milestones keep their distance to its last day: a delivery at the end of "Comp"
 * moves when Comp moves or grows. Each is a versioned save (audit and live event).
 */
async function moveMilestones(save: Save, scope: TimelineScope, before: PhaseRow[], after: Phase[]): Promise<Milestone[]> {
  const shiftOf = new Map<string, number>();
  for (const phase of after) {
    const old = before.find((r) => r.id === phase.id);
    const by = old ? daysBetween(old.endDate, phase.endDate) : 0;
    if (by !== 0) shiftOf.set(phase.id, by);
  }
  if (shiftOf.size === 0) return [];
  const rows = await save.tx
    .select()
    .from(timelineMilestones)
    .where(and(eq(timelineMilestones.organizationId, scope.organizationId), inArray(timelineMilestones.phaseId, [...shiftOf.keys()])));
  const moved: Milestone[] = [];
  for (const row of rows) {
    const by = shiftOf.get(row.phaseId as string) ?? 0;
    moved.push(
      await saveVersioned(save.tx, save.record, {
        table: timelineMilestones,
        before: row,
        fields: { date: addDays(row.date, by) },
        version: row.version,
        actorId: save.actor.userId,
        present: presentMilestone,
        recordType: "timeline_milestone",
        event: "timeline_milestone.changed",
      }),
    );
  }
  return moved;
}

/**
 * Edits a phase. `cascade: "move"` shifts its dependents (transitively) in the same transaction
 * until finish-to-start holds; `"warn"` leaves them and lists the links now broken. Milestones
 * of every phase whose end moved go with it.
 */
export function updatePhase(db: Db, actor: Actor, scope: TimelineScope, id: string, body: z.output<typeof updatePhaseBody>): Promise<PhaseChangeResult> {
  const { version, cascade, ...fields } = body;
  return withChanges(db, actor.userId, async (tx, record) => {
    const rows = await projectPhases(tx, scope, true);
    // Every phase of the project is in `rows`: one that is not there is not this project's.
    const before = rows.find((r) => r.id === id);
    if (!before) throw notFound("Phase");
    await checkProgressSource(tx, scope, before, fields);
    const startDate = fields.startDate ?? before.startDate;
    if (startDate > (fields.endDate ?? before.endDate)) throw fieldError("body.endDate", "The end date is before the start date");
    const phase = await saveVersioned(tx, record, {
      table: timelinePhases,
      before,
      fields: definedOnly(fields),
      version,
      actorId: actor.userId,
      present: presentPhase,
      recordType,
      event,
    });
    const links = await projectDependencies(tx, scope);
    // "move" also repairs links an earlier "warn" left broken, so it runs even when the dates did not change.
    const moved = cascade === "move" ? await moveDependents({ tx, record, actor }, rows, links, phase) : [];
    const spans = new Map<string, Span>(rows.map((r) => [r.id, r]));
    for (const p of [phase, ...moved]) spans.set(p.id, p);
    const warnings = violations(spans, links, new Set([phase.id, ...moved.map((p) => p.id)]));
    const milestones = await moveMilestones({ tx, record, actor }, scope, rows, [phase, ...moved]);
    const [withProgress, ...movedWithProgress] = await withTaskProgress(tx, scope, [phase, ...moved]);
    return { phase: withProgress as Phase, moved: movedWithProgress, warnings, milestones };
  });
}

export function deletePhase(db: Db, actor: Actor, scope: TimelineScope, id: string): Promise<void> {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requirePhase(tx, scope, id);
    // Its milestones stay on the timeline, no longer tied to a phase; its links go with it.
    await tx
      .update(timelineMilestones)
      .set({ phaseId: null })
      .where(and(eq(timelineMilestones.organizationId, scope.organizationId), eq(timelineMilestones.phaseId, id)));
    await tx.delete(timelinePhases).where(and(eq(timelinePhases.organizationId, scope.organizationId), eq(timelinePhases.id, id)));
    record({ organizationId: scope.organizationId, recordType, recordId: id, action: "delete", before: presentPhase(before), event });
  });
}
