import { and, desc, eq, lt } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { pageOf, pageQuery } from "@backlot/contracts/core/common";
import { auditEntrySchema, auditParams, type AuditEntry } from "@backlot/contracts/core/audit";
import { readActionByRecordType } from "@backlot/contracts/core/roles";
import type { Deps } from "../../../platform/deps";
import { auditLog, users } from "../../../platform/db/schema";
import { decodeCursor, toPage } from "../../../platform/http/pagination";
import { requireAccess } from "../access/require-access";
import { authorize } from "../access/authorize";
import { fieldError, forbidden } from "../../../platform/http/app-error";

type Values = Record<string, unknown> | null;

function fieldChanges(oldValues: Values, newValues: Values) {
  const fields = new Set([...Object.keys(oldValues ?? {}), ...Object.keys(newValues ?? {})]);
  return [...fields].map((field) => ({ field, old: oldValues?.[field] ?? null, new: newValues?.[field] ?? null }));
}

export function auditRoutes({ db }: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/organizations/:orgId/audit/:recordType/:recordId",
      {
        schema: {
          tags: ["Audit"],
          summary: "History of one record, newest first",
          params: auditParams,
          querystring: pageQuery,
          response: { 200: pageOf(auditEntrySchema) },
        },
      },
      async (request) => {
        const { orgId, recordType, recordId } = request.params;
        const access = await requireAccess(db, request, orgId, "audit.read");
        const readAction = readActionByRecordType[recordType];
        if (readAction && !authorize(access, readAction).allowed) throw forbidden(authorize(access, readAction).reason);
        const { limit, cursor } = request.query;
        const before = decodeCursor(cursor, 1) as [string] | null;
        if (before && !/^\d{1,19}$/.test(before[0])) throw fieldError("query.cursor", "Invalid cursor");
        const rows = await db
          .select({ entry: auditLog, actorName: users.name })
          .from(auditLog)
          .leftJoin(users, eq(users.id, auditLog.actorId))
          .where(
            and(
              eq(auditLog.organizationId, orgId),
              eq(auditLog.recordType, recordType),
              eq(auditLog.recordId, recordId),
              before ? lt(auditLog.id, BigInt(before[0])) : undefined,
            ),
          )
          .orderBy(desc(auditLog.id))
          .limit(limit + 1);
        const page = toPage(rows, limit, (r) => [r.entry.id.toString()]);
        const items: AuditEntry[] = page.items.map(({ entry, actorName }) => ({
          id: entry.id.toString(),
          recordType: entry.recordType,
          recordId: entry.recordId,
          action: entry.action as AuditEntry["action"],
          actor: entry.actorId ? { id: entry.actorId, name: actorName ?? "Deleted user" } : null,
          changes: fieldChanges(entry.oldValues as Values, entry.newValues as Values),
          at: entry.at.toISOString(),
        }));
        return { items, nextCursor: page.nextCursor };
      },
    );
  };
}
