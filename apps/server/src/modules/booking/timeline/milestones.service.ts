import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createMilestoneBody, Milestone, updateMilestoneBody } from "@backlot/contracts/booking/timeline";
import { withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import type { Db } from "../../../platform/db/pool";
import type { Actor } from "../../../platform/http/actor";
import { timelineMilestones } from "../booking.schema";
import { definedOnly } from "../shared/present";
import { type MilestoneRow, phaseField, presentMilestone, requireMilestone, type TimelineScope } from "./timeline.repo";

const event = "timeline_milestone.changed" as const;
const recordType = "timeline_milestone";

export function createMilestone(db: Db, actor: Actor, scope: TimelineScope, body: z.output<typeof createMilestoneBody>): Promise<Milestone> {
  return withChanges(db, actor.userId, async (tx, record) => {
    if (body.phaseId) await phaseField(tx, scope, body.phaseId, "body.phaseId");
    const [row] = await tx
      .insert(timelineMilestones)
      .values({ ...scope, ...body, phaseId: body.phaseId ?? null, id: uuidv7(), createdBy: actor.userId, updatedBy: actor.userId })
      .returning();
    const after = presentMilestone(row as MilestoneRow);
    record({ organizationId: scope.organizationId, recordType, recordId: after.id, action: "create", after, event });
    return after;
  });
}

export function updateMilestone(db: Db, actor: Actor, scope: TimelineScope, id: string, body: z.output<typeof updateMilestoneBody>): Promise<Milestone> {
  const { version, ...fields } = body;
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireMilestone(tx, scope, id);
    if (fields.phaseId) await phaseField(tx, scope, fields.phaseId, "body.phaseId");
    return saveVersioned(tx, record, {
      table: timelineMilestones,
      before,
      fields: definedOnly(fields),
      version,
      actorId: actor.userId,
      present: presentMilestone,
      recordType,
      event,
    });
  });
}

export function deleteMilestone(db: Db, actor: Actor, scope: TimelineScope, id: string): Promise<void> {
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireMilestone(tx, scope, id);
    await tx.delete(timelineMilestones).where(and(eq(timelineMilestones.organizationId, scope.organizationId), eq(timelineMilestones.id, id)));
    record({ organizationId: scope.organizationId, recordType, recordId: id, action: "delete", before: presentMilestone(before), event });
  });
}
