import { and, asc, eq, getTableColumns, gt, ilike, inArray, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { containsPattern } from "../../../platform/db/keyset";
import type { Queryable } from "../../../platform/db/pool";
import { entities } from "../tracking.schema";
import type { EntityRow } from "./entities.presenter";

const parent = alias(entities, "parent");

/** Entities with their parent's code joined in, as every entity response shows it. */
export function selectEntities(db: Queryable) {
  return db
    .select({ ...getTableColumns(entities), parentCode: parent.code })
    .from(entities)
    .leftJoin(parent, and(eq(parent.organizationId, entities.organizationId), eq(parent.id, entities.parentId)));
}

export async function getEntity(db: Queryable, organizationId: string, projectId: string, id: string): Promise<EntityRow | null> {
  const [row] = await selectEntities(db).where(and(eq(entities.organizationId, organizationId), eq(entities.projectId, projectId), eq(entities.id, id)));
  return row ?? null;
}

export async function getEntitiesByCode(db: Queryable, organizationId: string, projectId: string, typeKey: string, codes: string[]): Promise<EntityRow[]> {
  if (codes.length === 0) return [];
  return selectEntities(db).where(
    and(eq(entities.organizationId, organizationId), eq(entities.projectId, projectId), eq(entities.typeKey, typeKey), inArray(entities.code, codes)),
  );
}

type ListOptions = { type?: string; parentId?: string; q?: string; archived: "exclude" | "only" | "include"; limit: number; after: [string, string] | null };

function archivedFilter(archived: ListOptions["archived"]): SQL | undefined {
  if (archived === "exclude") return isNull(entities.archivedAt);
  if (archived === "only") return isNotNull(entities.archivedAt);
  return undefined;
}

/** A page of entities ordered by code, then id (the project/type/code index serves it). */
export async function listEntities(db: Queryable, organizationId: string, projectId: string, opts: ListOptions): Promise<EntityRow[]> {
  const pattern = opts.q ? containsPattern(opts.q) : null;
  const after = opts.after;
  return selectEntities(db)
    .where(
      and(
        eq(entities.organizationId, organizationId),
        eq(entities.projectId, projectId),
        opts.type ? eq(entities.typeKey, opts.type) : undefined,
        opts.parentId ? eq(entities.parentId, opts.parentId) : undefined,
        archivedFilter(opts.archived),
        pattern ? or(ilike(entities.code, pattern), ilike(entities.name, pattern)) : undefined,
        after ? or(gt(entities.code, after[0]), and(eq(entities.code, after[0]), gt(entities.id, after[1]))) : undefined,
      ),
    )
    .orderBy(asc(entities.code), asc(entities.id))
    .limit(opts.limit + 1);
}
