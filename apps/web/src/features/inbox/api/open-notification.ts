import type { Notification } from "@backlot/contracts/core/notifications";
import type { Version } from "@backlot/contracts/tracking/versions";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useNavigate } from "react-router";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { useOpenTask } from "../../tracking/task-detail/api/open-task";

/**
 * Where a notification leads: a task or version opens in the task drawer over the current
 * page (a version inside it), a playlist in dailies, anything else on its project's page.
 */
export function useOpenNotification(orgId: string) {
  const navigate = useNavigate();
  const openTask = useOpenTask();
  const queryClient = useQueryClient();
  return useCallback(
    async (n: Notification) => {
      const project = n.projectId ? `/o/${orgId}/tracking/projects/${n.projectId}` : null;
      switch (n.recordType) {
        case "task":
          if (n.projectId) return openTask({ id: n.recordId, projectId: n.projectId });
          break;
        case "version": {
          const v = await queryClient.fetchQuery({
            queryKey: queryKeys.version(orgId, n.recordId),
            queryFn: () => api<Version>(`/api/v1/organizations/${orgId}/versions/${n.recordId}`),
          });
          return openTask({ id: v.taskId, projectId: v.projectId }, { versionId: v.id });
        }
        case "playlist":
          if (project) return navigate(`${project}/dailies/${n.recordId}`);
          break;
        case "person":
          return navigate(`/o/${orgId}/people/${n.recordId}`);
      }
      if (project) navigate(project);
    },
    [orgId, navigate, openTask, queryClient],
  );
}
