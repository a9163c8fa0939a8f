import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "../../../platform/db/pool";
import { files } from "../../tracking/tracking.schema";

export type FileRow = typeof files.$inferSelect;

export async function getFile(db: Queryable, organizationId: string, id: string): Promise<FileRow | null> {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.organizationId, organizationId), eq(files.id, id)));
  return row ?? null;
}

export async function getFiles(db: Queryable, organizationId: string, ids: readonly string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(files)
    .where(and(eq(files.organizationId, organizationId), inArray(files.id, [...new Set(ids)])));
}
