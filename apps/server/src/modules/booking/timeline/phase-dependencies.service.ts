import { and, eq, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createPhaseDependencyBody, PhaseDependency } from "@backlot/contracts/booking/timeline";
import { withChanges } from "../../../platform/audit/changes";
import { reaches } from "../../../platform/db/graph";
import type { Db } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { timelineDependencies, timelinePhases } from "../booking.schema";
import { type DependencyRow, phaseField, presentDependency, type TimelineScope } from "./timeline.repo";

const event = "timeline_dependency.changed" as const;
const recordType = "timeline_dependency";

/** Links two phases finish-to-start; a link that would close a loop is refused with 409, as for tasks (TRK-6). */
export function addPhaseDependency(db: Db, actor: Actor, scope: TimelineScope, body: z.output<typeof createPhaseDependencyBody>): Promise<PhaseDependency> {
  return withChanges(db, actor.userId, async (tx, record) => {
    // One writer of the graph per organization at a time, so two links added at once cannot
    // each pass the cycle check and close a loop together.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7420008, hashtext(${scope.organizationId}))`);
    const predecessor = await phaseField(tx, scope, body.predecessorId, "body.predecessorId");
    const successor = await phaseField(tx, scope, body.successorId, "body.successorId");
    if (predecessor.id === successor.id || (await reaches(tx, "timeline_dependencies", scope.organizationId, successor.id, predecessor.id))) {
      throw new AppError("dependency_cycle", 409, `${predecessor.name} already waits for ${successor.name}; this link would make a cycle`, {
        errors: [{ path: "body.predecessorId", message: "This link would make a cycle" }],
      });
    }
    const [row] = await tx
      .insert(timelineDependencies)
      .values({ organizationId: scope.organizationId, id: uuidv7(), ...body, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      throw new AppError("conflict", 409, `${successor.name} already waits for ${predecessor.name}`, {
        errors: [{ path: "body.successorId", message: "These phases are already linked" }],
      });
    }
    const after = { ...presentDependency(row), predecessorName: predecessor.name, successorName: successor.name };
    record({ organizationId: scope.organizationId, recordType, recordId: row.id, action: "create", after, event });
    return presentDependency(row as DependencyRow);
  });
}

export function removePhaseDependency(db: Db, actor: Actor, scope: TimelineScope, id: string): Promise<void> {
  return withChanges(db, actor.userId, async (tx, record) => {
    // Only links whose successor is a phase of this project: another project's id is a 404.
    const [row] = await tx
      .select({ dependency: timelineDependencies })
      .from(timelineDependencies)
      .innerJoin(
        timelinePhases,
        and(eq(timelinePhases.organizationId, timelineDependencies.organizationId), eq(timelinePhases.id, timelineDependencies.successorId)),
      )
      .where(
        and(eq(timelineDependencies.organizationId, scope.organizationId), eq(timelineDependencies.id, id), eq(timelinePhases.projectId, scope.projectId)),
      );
    if (!row) throw notFound("Dependency");
    await tx.delete(timelineDependencies).where(and(eq(timelineDependencies.organizationId, scope.organizationId), eq(timelineDependencies.id, id)));
    record({ organizationId: scope.organizationId, recordType, recordId: id, action: "delete", before: presentDependency(row.dependency), event });
  });
}
