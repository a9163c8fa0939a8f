import { z } from "zod";
import { readActionByRecordType } from "./roles";

export const auditActions = ["create", "update", "delete", "archive", "restore"] as const;

export const auditEntrySchema = z.object({
  id: z.string(),
  recordType: z.string(),
  recordId: z.uuid(),
  action: z.enum(auditActions),
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
  at: z.iso.datetime({ offset: true }),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditParams = z.object({
  orgId: z.uuid(),
  recordType: z.enum(Object.keys(readActionByRecordType) as [string, ...string[]]),
  recordId: z.uuid(),
});
