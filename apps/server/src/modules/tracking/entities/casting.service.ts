import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Casting, setCastingBody } from "@backlot/contracts/tracking/entities";
import { withChanges } from "../../../platform/audit/changes";
import type { Db, Queryable } from "../../../platform/db/pool";
import { fieldError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { castings, entities } from "../tracking.schema";
import { getEntity } from "./entities.repo";

type Scope = { organizationId: string; projectId: string };
const asset = alias(entities, "asset");
const shot = alias(entities, "shot");

/** Casting rows (TRK-4) for some shots/scenes, with the asset and entity codes joined in. */
export async function listCasting(db: Queryable, scope: Scope, filter: { entityId?: string; parentId?: string; assetId?: string }): Promise<Casting[]> {
  return db
    .select({
      entityId: castings.entityId,
      assetId: castings.assetId,
      assetCode: asset.code,
      assetName: asset.name,
      assetType: asset.assetType,
      entityCode: shot.code,
      occurrences: castings.occurrences,
    })
    .from(castings)
    .innerJoin(asset, and(eq(asset.organizationId, castings.organizationId), eq(asset.id, castings.assetId)))
    .innerJoin(shot, and(eq(shot.organizationId, castings.organizationId), eq(shot.id, castings.entityId)))
    .where(
      and(
        eq(castings.organizationId, scope.organizationId),
        eq(castings.projectId, scope.projectId),
        filter.entityId ? eq(castings.entityId, filter.entityId) : undefined,
        filter.assetId ? eq(castings.assetId, filter.assetId) : undefined,
        filter.parentId ? eq(shot.parentId, filter.parentId) : undefined,
      ),
    )
    .orderBy(asc(shot.code), asc(asset.code));
}

/** Replaces the assets cast in a shot or scene; every asset must be an asset of this project. */
export function setCasting(db: Db, actor: Actor, scope: Scope, entityId: string, body: z.output<typeof setCastingBody>) {
  return withChanges(db, actor.userId, async (tx, record) => {
    const target = await getEntity(tx, scope.organizationId, scope.projectId, entityId);
    if (!target) throw notFound("Entity");
    if (target.typeKey === "asset") throw fieldError("params.id", "Assets are cast into shots or scenes, not into other assets");
    const ids = [...new Set(body.assets.map((a) => a.assetId))];
    if (ids.length !== body.assets.length) throw fieldError("body.assets", "An asset is listed twice");
    const found = ids.length
      ? await tx
          .select({ id: entities.id })
          .from(entities)
          .where(
            and(
              eq(entities.organizationId, scope.organizationId),
              eq(entities.projectId, scope.projectId),
              eq(entities.typeKey, "asset"),
              inArray(entities.id, ids),
            ),
          )
      : [];
    const foundIds = new Set(found.map((f) => f.id));
    const missing = ids.findIndex((id) => !foundIds.has(id));
    if (missing >= 0) throw fieldError(`body.assets.${missing}.assetId`, "No asset of this project has this id");
    const before = await listCasting(tx, scope, { entityId });
    await tx.delete(castings).where(and(eq(castings.organizationId, scope.organizationId), eq(castings.entityId, entityId)));
    if (body.assets.length) {
      await tx
        .insert(castings)
        .values(body.assets.map((a) => ({ ...scope, entityId, assetId: a.assetId, occurrences: a.occurrences, createdBy: actor.userId })));
    }
    const after = await listCasting(tx, scope, { entityId });
    const summary = (rows: Casting[]) => ({ assets: rows.map((r) => `${r.assetCode}×${r.occurrences}`) });
    record({
      organizationId: scope.organizationId,
      recordType: "entity",
      recordId: entityId,
      action: "update",
      before: summary(before),
      after: summary(after),
      event: "casting.changed",
      eventData: { projectId: scope.projectId, entityId, ...summary(after) },
    });
    return after;
  });
}
