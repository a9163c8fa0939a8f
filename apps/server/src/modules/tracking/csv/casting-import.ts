import { and, eq, inArray } from "drizzle-orm";
import type { ImportRow } from "@backlot/contracts/tracking/csv";
import type { Tx } from "../../../platform/db/pool";
import type { Actor } from "../../../platform/http/actor";
import { castings, entities } from "../tracking.schema";
import { readCsv } from "./csv-read";
import type { ImportPlan, Scope } from "./import-runner";
import type { UndoStep } from "./undo";

type PlannedCast = ImportRow & { entityId: string; assetId: string; occurrences: number; previous: number | null };

/**
 * Casting rows add or change (shot, asset, occurrences) pairs. Pairs the file does not name are
 * left alone, so importing a partial breakdown never silently uncasts anything.
 */
export function importCastingPlanner(actor: Actor, scope: Scope) {
  return async (tx: Tx, body: { csv: string }): Promise<ImportPlan> => {
    const table = readCsv(body.csv, ["entity_type", "entity_code", "asset_code", "occurrences"], ["entity_code", "asset_code"]);
    const codes = [...new Set(table.rows.flatMap((r) => [(r.cells.entity_code ?? "").trim(), (r.cells.asset_code ?? "").trim()]))];
    const found = codes.length
      ? await tx
          .select({ id: entities.id, typeKey: entities.typeKey, code: entities.code })
          .from(entities)
          .where(and(eq(entities.organizationId, scope.organizationId), eq(entities.projectId, scope.projectId), inArray(entities.code, codes)))
      : [];
    const current = found.length
      ? await tx
          .select()
          .from(castings)
          .where(
            and(
              eq(castings.organizationId, scope.organizationId),
              inArray(
                castings.entityId,
                found.map((f) => f.id),
              ),
            ),
          )
      : [];
    const seen = new Set<string>();
    const planned: PlannedCast[] = table.rows.map(({ line, cells }) => {
      const type = (cells.entity_type ?? "").trim().toLowerCase();
      const entity = found.find((f) => f.code === (cells.entity_code ?? "").trim() && f.typeKey !== "asset" && (!type || f.typeKey === type));
      const asset = found.find((f) => f.code === (cells.asset_code ?? "").trim() && f.typeKey === "asset");
      const text = (cells.occurrences ?? "").trim();
      const occurrences = text === "" ? 1 : Number(text);
      const errors: ImportRow["errors"] = [];
      if (!entity) errors.push({ column: "entity_code", message: "No shot or scene with this code in this project" });
      if (!asset) errors.push({ column: "asset_code", message: "No asset with this code in this project" });
      if (!Number.isInteger(occurrences) || occurrences < 1 || occurrences > 10_000) errors.push({ column: "occurrences", message: "A whole number from 1" });
      const key = `${cells.entity_code ?? ""} ${cells.asset_code ?? ""}`.trim();
      if (seen.has(key)) errors.push({ column: "asset_code", message: "This pair appears earlier in the file" });
      seen.add(key);
      const previous = current.find((c) => c.entityId === entity?.id && c.assetId === asset?.id)?.occurrences ?? null;
      const action = errors.length ? "error" : previous === null ? "create" : previous !== occurrences ? "update" : "unchanged";
      const changes = action === "create" || action === "update" ? [{ field: "occurrences", old: previous, new: occurrences }] : [];
      return { line, key, action, changes, errors, entityId: entity?.id ?? "", assetId: asset?.id ?? "", occurrences, previous };
    });
    return {
      rows: planned,
      apply: async (record) => {
        const undo: UndoStep[] = [];
        for (const p of planned) {
          if (p.action === "create") {
            await tx.insert(castings).values({ ...scope, entityId: p.entityId, assetId: p.assetId, occurrences: p.occurrences, createdBy: actor.userId });
            undo.push({ table: "castings", op: "create", entityId: p.entityId, assetId: p.assetId });
          } else if (p.action === "update") {
            await tx
              .update(castings)
              .set({ occurrences: p.occurrences })
              .where(and(eq(castings.organizationId, scope.organizationId), eq(castings.entityId, p.entityId), eq(castings.assetId, p.assetId)));
            undo.push({ table: "castings", op: "update", entityId: p.entityId, assetId: p.assetId, occurrences: p.previous ?? 1 });
          } else continue;
          record({
            organizationId: scope.organizationId,
            recordType: "entity",
            recordId: p.entityId,
            action: "update",
            before: { cast: p.key, occurrences: p.previous },
            after: { cast: p.key, occurrences: p.occurrences },
          });
        }
        return undo;
      },
    };
  };
}
