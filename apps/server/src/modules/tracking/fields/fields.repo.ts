import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { fieldDefinitions } from "../tracking.schema";
import type { FieldDefinitionRow } from "./fields.presenter";

/**
 * Field definitions that apply in a project: its own and the organization-wide ones (project
 * null). `object` narrows to one entity type key or "task"; archived ones are left out unless asked.
 */
export async function listFieldDefinitions(
  db: Queryable,
  organizationId: string,
  projectId: string,
  opts: { object?: string; includeArchived?: boolean } = {},
): Promise<FieldDefinitionRow[]> {
  return db
    .select()
    .from(fieldDefinitions)
    .where(
      and(
        eq(fieldDefinitions.organizationId, organizationId),
        or(eq(fieldDefinitions.projectId, projectId), isNull(fieldDefinitions.projectId)),
        opts.object ? eq(fieldDefinitions.object, opts.object) : undefined,
        opts.includeArchived ? undefined : isNull(fieldDefinitions.archivedAt),
      ),
    )
    .orderBy(asc(fieldDefinitions.object), asc(fieldDefinitions.sortOrder), asc(fieldDefinitions.label));
}

export async function getFieldDefinition(db: Queryable, organizationId: string, projectId: string, id: string): Promise<FieldDefinitionRow | null> {
  const [row] = await db
    .select()
    .from(fieldDefinitions)
    .where(and(eq(fieldDefinitions.organizationId, organizationId), eq(fieldDefinitions.projectId, projectId), eq(fieldDefinitions.id, id)));
  return row ?? null;
}
