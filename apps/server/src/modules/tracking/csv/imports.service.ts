import type { z } from "zod";
import type { ImportResult, importBody } from "@backlot/contracts/tracking/csv";
import type { Db } from "../../../platform/db/pool";
import { fieldError } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { importCastingPlanner } from "./casting-import";
import { applyEntityPlan } from "./entity-apply";
import { missingParents, type PlannedEntity, planEntityImport } from "./entity-import";
import { runImport, type Scope } from "./import-runner";
import { importTasksPlanner } from "./task-import";

/** Entities of one type by code; missing parents (e.g. sequences) are created on the way. */
export function importEntities(db: Db, actor: Actor, scope: Scope, body: z.output<typeof importBody>): Promise<ImportResult> {
  return runImport(db, actor, scope, "entities", body, async (tx) => {
    if (!body.type) throw fieldError("body.type", "Name the entity type the rows are (e.g. shot)");
    const planned = await planEntityImport(tx, scope, body.type, body.csv);
    const parents = await missingParents(tx, scope, body.type, planned);
    const parentRows: PlannedEntity[] = parents.codes.map((code) => ({
      line: planned.find((p) => p.values.parentCode === code)?.line ?? 0,
      key: `${parents.parentKey} ${code}`,
      action: "create",
      changes: [{ field: "code", old: null, new: code }],
      errors: [],
      typeKey: parents.parentKey as string,
      code,
      existing: null,
      values: {},
    }));
    return {
      rows: [...parentRows, ...planned],
      apply: (record) => applyEntityPlan(tx, record, actor, scope, parentRows, planned, parents.existing),
    };
  });
}

export function importTasks(db: Db, actor: Actor, scope: Scope, body: z.output<typeof importBody>): Promise<ImportResult> {
  return runImport(db, actor, scope, "tasks", body, importTasksPlanner(actor, scope));
}

export function importCasting(db: Db, actor: Actor, scope: Scope, body: z.output<typeof importBody>): Promise<ImportResult> {
  return runImport(db, actor, scope, "casting", body, importCastingPlanner(actor, scope));
}
