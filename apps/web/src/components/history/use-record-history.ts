import type { AuditEntry } from "@backlot/contracts/core/audit";
import { useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../lib/api-client";
import { queryKeys } from "../../lib/query-keys";

export type HistoryRecordType =
  | "organization"
  | "membership"
  | "invitation"
  | "person"
  | "project"
  | "entity_type"
  | "task_type"
  | "task_status"
  | "role_slot"
  | "entity"
  | "task"
  | "field_definition"
  | "version"
  | "playlist"
  | "resource";

type Page = { items: AuditEntry[]; nextCursor: string | null };

/** The audit trail of one record, newest first, a page at a time. */
export function useRecordHistory(orgId: string, recordType: HistoryRecordType, recordId: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(orgId, recordType, recordId),
    queryFn: ({ pageParam, signal }) =>
      api<Page>(`/api/v1/organizations/${orgId}/audit/${recordType}/${recordId}`, {
        query: { limit: 25, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}
