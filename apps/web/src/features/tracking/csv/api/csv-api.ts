import type { ImportBody, ImportRecord, ImportResult } from "@backlot/contracts/tracking/csv";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../../lib/api-client";
import { projectUrl, recordKeys } from "../../entities/api/record-keys";

export type ImportKind = "entities" | "tasks" | "casting";

/** Download links: plain anchors carry the session cookie and the server names the file. */
export function exportUrl(orgId: string, projectId: string, what: { kind: "entities"; type: string } | { kind: "tasks" | "casting" }): string {
  const base = `${projectUrl(orgId, projectId)}/export`;
  return what.kind === "entities" ? `${base}/entities.csv?type=${encodeURIComponent(what.type)}` : `${base}/${what.kind}.csv`;
}

export function useImports(orgId: string, projectId: string) {
  return useQuery({
    queryKey: recordKeys.imports(orgId, projectId),
    queryFn: () => api<{ items: ImportRecord[] }>(`${projectUrl(orgId, projectId)}/imports`),
    select: (r) => r.items,
  });
}

/** Everything an applied import or an undo can change: lists, grids, casting, task lists. */
function useImportChanged(orgId: string, projectId: string) {
  const queryClient = useQueryClient();
  return () => {
    for (const key of [
      recordKeys.imports(orgId, projectId),
      recordKeys.entities(orgId, projectId),
      recordKeys.grids(orgId, projectId),
      recordKeys.casting(orgId, projectId),
      recordKeys.taskLists(orgId),
    ]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  };
}

/** A dry run (the diff) or the real import, of one kind. */
export function useRunImport(orgId: string, projectId: string) {
  const changed = useImportChanged(orgId, projectId);
  return useMutation({
    mutationFn: ({ kind, ...body }: ImportBody & { kind: ImportKind }) =>
      api<ImportResult>(`${projectUrl(orgId, projectId)}/imports/${kind}`, { method: "POST", body }),
    onSuccess: (result) => {
      if (!result.dryRun) changed();
    },
  });
}

export function useUndoImport(orgId: string, projectId: string) {
  const changed = useImportChanged(orgId, projectId);
  return useMutation({
    mutationFn: (id: string) =>
      api<{ undone: boolean; deleted: number; restored: number }>(`${projectUrl(orgId, projectId)}/imports/${id}/undo`, { method: "POST" }),
    onSuccess: changed,
  });
}
