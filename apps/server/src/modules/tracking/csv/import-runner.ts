import { sql } from "drizzle-orm";
import type { z } from "zod";
import type { ImportResult, ImportRow, importBody } from "@backlot/contracts/tracking/csv";
import { type RecordChange, withChanges } from "../../../platform/audit/changes";
import type { Db, Tx } from "../../../platform/db/pool";
import { AppError } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { requireProject } from "../projects/projects.service";
import { imports } from "../tracking.schema";
import { newId } from "./entity-import";
import type { UndoStep } from "./undo";

export type Scope = { organizationId: string; projectId: string };
export type ImportKind = "entities" | "tasks" | "casting";

/**
 * What a planner hands the runner: the diff rows, how to apply them (returning undo steps) and,
 * optionally, what to tell people once applied (inbox messages, with their live events).
 */
export type ImportPlan = { rows: ImportRow[]; apply: (record: RecordChange) => Promise<UndoStep[]>; notify?: (record: RecordChange) => Promise<void> };
export type Planner = (tx: Tx, body: z.output<typeof importBody>) => Promise<ImportPlan>;

/** Takes the project's import lock: one import or undo at a time, and no edit lost under it. */
export async function lockProjectImports(tx: Tx, projectId: string) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7420004, hashtext(${projectId}))`);
}

/** Imports write history for every row but one live event: clients reload instead of replaying thousands. */
const quietly =
  (record: RecordChange): RecordChange =>
  (change) =>
    record({ ...change, event: undefined });

function summarize(rows: ImportRow[]) {
  const summary = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) summary[r.action]++;
  return summary;
}

const presentRows = (rows: ImportRow[]) => rows.map(({ line, key, action, changes, errors }) => ({ line, key, action, changes, errors }));

/**
 * Every CSV import (CORE-13) runs here: a dry run returns the diff; applying refuses a file with
 * errors (naming line and column), changes nothing for an unchanged file, and otherwise applies
 * all rows in one transaction and keeps an undo record.
 */
export function runImport(db: Db, actor: Actor, scope: Scope, kind: ImportKind, body: z.output<typeof importBody>, planner: Planner): Promise<ImportResult> {
  return withChanges(db, actor.userId, async (tx, record) => {
    await requireProject(tx, scope.organizationId, scope.projectId);
    await lockProjectImports(tx, scope.projectId);
    const plan = await planner(tx, body);
    const summary = summarize(plan.rows);
    const result = { importId: null, summary, rows: presentRows(plan.rows) };
    if (body.dryRun) return { dryRun: true, ...result };
    const failed = plan.rows.filter((r) => r.action === "error");
    if (failed.length) {
      throw new AppError("validation_failed", 400, `${failed.length} row(s) have errors; fix them and import again`, {
        errors: failed.flatMap((r) => r.errors.map((e) => ({ path: `body.csv.line.${r.line}.${e.column}`, message: e.message }))),
      });
    }
    // A file that changes nothing leaves no import behind, so "undo" always means the last real change.
    if (summary.create + summary.update === 0) return { dryRun: false, ...result };
    const undo = await plan.apply(quietly(record));
    await plan.notify?.(record);
    const importId = newId();
    await tx.insert(imports).values({ ...scope, id: importId, kind, fileName: body.fileName ?? null, summary, undo, createdBy: actor.userId });
    record({
      organizationId: scope.organizationId,
      recordType: "import",
      recordId: importId,
      action: "create",
      after: { kind, summary },
      event: "import.completed",
      eventData: { projectId: scope.projectId, kind, summary, undone: false },
    });
    return { dryRun: false, ...result, importId };
  });
}
