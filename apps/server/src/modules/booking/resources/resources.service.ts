import { and, asc, eq, ilike, isNotNull, isNull, or, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { z } from "zod";
import type { createResourceBody, Resource, resourceListQuery, updateResourceBody } from "@backlot/contracts/booking/resources";
import { withChanges } from "../../../platform/audit/changes";
import { saveVersioned } from "../../../platform/audit/versioned";
import { containsPattern } from "../../../platform/db/keyset";
import type { Db, Queryable } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/http/app-error";
import type { Actor } from "../../../platform/http/actor";
import { resources } from "../booking.schema";
import { checkTimeZone, definedOnly, iso, presentMeta } from "../shared/present";

type ResourceRow = typeof resources.$inferSelect;

export function presentResource(row: ResourceRow): Resource {
  return {
    id: row.id,
    kind: row.kind as Resource["kind"],
    name: row.name,
    studioName: row.studioName,
    location: row.location,
    timeZone: row.timeZone,
    dayRate: row.dayRate,
    currency: row.currency,
    capacity: row.capacity,
    description: row.description,
    archivedAt: iso(row.archivedAt),
    ...presentMeta(row),
  };
}

export async function listResources(db: Queryable, organizationId: string, query: z.output<typeof resourceListQuery>) {
  const pattern = query.q ? containsPattern(query.q) : null;
  const rows = await db
    .select()
    .from(resources)
    .where(
      and(
        eq(resources.organizationId, organizationId),
        query.kind ? eq(resources.kind, query.kind) : undefined,
        query.studio ? eq(resources.studioName, query.studio) : undefined,
        pattern ? or(ilike(resources.name, pattern), ilike(resources.studioName, pattern)) : undefined,
        query.archived ? isNotNull(resources.archivedAt) : isNull(resources.archivedAt),
      ),
    )
    .orderBy(asc(resources.kind), sql`lower(${resources.studioName}) NULLS FIRST`, sql`lower(${resources.name})`, asc(resources.id))
    .limit(2000);
  return rows.map(presentResource);
}

export async function requireResource(db: Queryable, organizationId: string, id: string): Promise<ResourceRow> {
  const [row] = await db
    .select()
    .from(resources)
    .where(and(eq(resources.organizationId, organizationId), eq(resources.id, id)));
  if (!row) throw notFound("Resource");
  return row;
}

const duplicate = (name: string) => new AppError("conflict", 409, `There is already a resource of this kind named "${name}"`);

export async function createResource(db: Db, actor: Actor, organizationId: string, body: z.output<typeof createResourceBody>) {
  await checkTimeZone(db, body.timeZone, "body.timeZone");
  return withChanges(db, actor.userId, async (tx, record) => {
    const [row] = await tx
      .insert(resources)
      .values({ ...body, organizationId, id: uuidv7(), createdBy: actor.userId, updatedBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw duplicate(body.name);
    const after = presentResource(row);
    record({ organizationId, recordType: "resource", recordId: row.id, action: "create", after, event: "resource.created" });
    return after;
  });
}

export async function updateResource(db: Db, actor: Actor, organizationId: string, id: string, body: z.output<typeof updateResourceBody>) {
  await checkTimeZone(db, body.timeZone, "body.timeZone");
  const { version, archived, ...fields } = body;
  return withChanges(db, actor.userId, async (tx, record) => {
    const before = await requireResource(tx, organizationId, id);
    const changes: Partial<typeof resources.$inferInsert> = definedOnly(fields);
    if (archived !== undefined && archived !== Boolean(before.archivedAt)) changes.archivedAt = archived ? new Date() : null;
    if (changes.name && changes.name.toLowerCase() !== before.name.toLowerCase()) {
      const [clash] = await tx
        .select({ id: resources.id })
        .from(resources)
        .where(and(eq(resources.organizationId, organizationId), eq(resources.kind, before.kind), sql`lower(${resources.name}) = lower(${changes.name})`));
      if (clash) throw duplicate(changes.name);
    }
    const action = archived === undefined || changes.archivedAt === undefined ? "update" : archived ? "archive" : "restore";
    return saveVersioned(tx, record, {
      table: resources,
      before,
      fields: changes,
      version,
      actorId: actor.userId,
      present: presentResource,
      recordType: "resource",
      action,
      event: "resource.updated",
    });
  });
}
