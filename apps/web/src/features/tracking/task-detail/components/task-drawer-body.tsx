import { Anchor, Badge, EmptyState, Group, Stack, Tabs, Text } from "@mantine/core";
import { IconClock, IconFileUnknown, IconHistory, IconMessageCircle, IconPhoto } from "@tabler/icons-react";
import { Link } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { HistoryPanel } from "../../../../components/history/history-panel";
import { isApiError } from "../../../../lib/api-client";
import { CommentThread } from "../../../comments/components/comment-thread";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { useProjectConfig } from "../../config/api/config-api";
import { useProject } from "../../projects/api/projects-api";
import { useSlots } from "../../slots/api/slots-api";
import { TaskTimePanel } from "../../timesheet/components/task-time-panel";
import { useTaskVersions } from "../../versions/api/versions-api";
import { VersionsPanel } from "../../versions/components/versions-panel";
import type { TaskRef } from "../api/open-task";
import { useEntity, useTaskDetail } from "../api/task-detail-api";
import { DrawerSkeleton } from "./drawer-skeleton";
import { TaskProperties } from "./task-properties";

const historyLabels = {
  statusId: "Status",
  assigneeSlotIds: "Assigned to",
  startDate: "Start",
  dueDate: "Due",
  estimateHours: "Estimate (hours)",
  priority: "Priority",
  archivedAt: "Archived",
};

/** The drawer's content (its own chunk, with comments, versions and time: loaded on the first task opened). */
export function TaskDrawerBody({
  taskRef,
  versionId,
  onFocusVersion,
}: {
  taskRef: TaskRef;
  versionId: string | null;
  onFocusVersion: (id: string | null) => void;
}) {
  const { orgId, can } = useCurrentOrg();
  const task = useTaskDetail(orgId, taskRef.projectId, taskRef.id);
  const project = useProject(orgId, taskRef.projectId);
  const config = useProjectConfig(orgId, taskRef.projectId);
  const slots = useSlots(orgId, taskRef.projectId);
  const entity = useEntity(orgId, taskRef.projectId, task.data?.entityId ?? null);
  const versions = useTaskVersions(orgId, taskRef.id);

  if (task.isPending || config.isPending || slots.isPending) return <DrawerSkeleton />;
  if (task.isError)
    return isApiError(task.error) && task.error.status === 404 ? (
      <EmptyState
        py={56}
        icon={<IconFileUnknown size={28} />}
        withIndicatorBackground
        title="This task doesn't exist"
        description="It may have been removed, or the link belongs to another organization."
      />
    ) : (
      <ErrorState error={task.error} title="Could not load this task" onRetry={() => task.refetch()} />
    );
  if (config.isError) return <ErrorState error={config.error} title="Could not load the project's pipeline" onRetry={() => config.refetch()} />;
  if (slots.isError) return <ErrorState error={slots.error} title="Could not load the project's team" onRetry={() => slots.refetch()} />;

  const t = task.data;
  const taskType = config.data.taskTypes.find((tt) => tt.id === t.taskTypeId);
  const statusNames = Object.fromEntries(config.data.statuses.map((s) => [s.id, s.name]));
  const slotNames = Object.fromEntries(slots.data.map((s) => [s.id, s.displayName]));
  const title = [entity.data?.code, taskType?.name ?? t.name].filter(Boolean).join(" · ");
  const projectArchived = Boolean(project.data?.archivedAt);
  // An archived task, or any task of an archived project, is read-only (the server refuses writes).
  const archived = Boolean(t.archivedAt) || projectArchived;
  return (
    <Stack gap="md" data-testid="task-drawer">
      <Stack gap={2}>
        <Anchor component={Link} to={`/o/${orgId}/tracking/projects/${t.projectId}`} fz="xs" c="dimmed">
          {project.data ? `${project.data.code} · ${project.data.name}` : "Project"}
        </Anchor>
        <Group gap="sm">
          <Text fz={22} fw={700} lts={-0.3} data-testid="task-title">
            {title || t.name}
          </Text>
          {(t.archivedAt || projectArchived) && (
            <Badge color="gray" variant="light" data-testid="task-archived">
              {t.archivedAt ? "Archived" : "Project archived"}
            </Badge>
          )}
        </Group>
        {entity.data?.name && (
          <Text fz="sm" c="dimmed">
            {entity.data.name}
          </Text>
        )}
      </Stack>
      <TaskProperties key={t.id} task={t} statuses={config.data.statuses} slots={slots.data} readOnly={archived} />
      <Tabs defaultValue="versions" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab
            value="versions"
            leftSection={<IconPhoto size={15} />}
            rightSection={
              versions.data && versions.data.length > 0 ? (
                <Badge size="xs" variant="light" circle>
                  {versions.data.length}
                </Badge>
              ) : undefined
            }
          >
            Versions
          </Tabs.Tab>
          <Tabs.Tab value="comments" leftSection={<IconMessageCircle size={15} />}>
            Comments
          </Tabs.Tab>
          <Tabs.Tab value="time" leftSection={<IconClock size={15} />}>
            Time
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={15} />}>
            History
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="versions" pt="md">
          <VersionsPanel taskId={t.id} archived={archived} focusVersionId={versionId} onFocusVersion={onFocusVersion} />
        </Tabs.Panel>
        <Tabs.Panel value="comments" pt="md">
          <CommentThread
            recordType="task"
            recordId={t.id}
            emptyText="Questions, hand-over notes and feedback on this task go here."
            readOnlyReason={projectArchived ? "This project is archived; restore it to add comments." : undefined}
          />
        </Tabs.Panel>
        <Tabs.Panel value="time" pt="md">
          <TaskTimePanel taskId={t.id} estimateHours={t.estimateHours} archived={archived} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel
            orgId={orgId}
            recordType="task"
            recordId={t.id}
            canRead={can("audit.read")}
            fieldLabels={historyLabels}
            valueLabels={{ statusId: statusNames, assigneeSlotIds: slotNames }}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
