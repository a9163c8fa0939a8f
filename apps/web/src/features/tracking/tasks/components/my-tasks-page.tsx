import type { StatusState } from "@backlot/contracts/tracking/config";
import { statusStates } from "@backlot/contracts/tracking/config";
import type { TaskListItem } from "@backlot/contracts/tracking/tasks";
import { Anchor, Badge, EmptyState } from "@mantine/core";
import { IconChecklist } from "@tabler/icons-react";
import { ErrorState } from "../../../../components/error-state";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { NoAccessState } from "../../../../components/no-access-state";
import { PageHeader } from "../../../../components/page-header";
import { api, errorMessage, isApiError } from "../../../../lib/api-client";
import { queryKeys } from "../../../../lib/query-keys";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import type { ProjectConfig } from "@backlot/contracts/tracking/config";
import { useProjectConfig } from "../../config/api/config-api";
import { stateColors, stateLabels } from "../../config/components/state-labels";
import { StatusPill } from "../../config/components/status-pill";
import { useMoveTask, useTaskList } from "../api/tasks-api";
import type { BoardColumnDef } from "./board-column";
import { TaskBoard } from "./task-board";
import { TaskCard } from "./task-card";
import { showTaskWarnings } from "./task-warnings";

const noSlots = new Map();
/** Approved work leaves the way; it is the last column. */
const order: StatusState[] = ["not_started", "in_progress", "pending_review", "retake", "on_hold", "blocked", "approved"];
const accents: Record<StatusState, string> = {
  not_started: "var(--mantine-color-gray-5)",
  in_progress: "var(--mantine-color-blue-6)",
  pending_review: "var(--mantine-color-yellow-6)",
  approved: "var(--mantine-color-green-6)",
  retake: "var(--mantine-color-red-6)",
  on_hold: "var(--mantine-color-violet-6)",
  blocked: "var(--mantine-color-dark-4)",
};

/** A task's status in its own project's colours (projects name and colour statuses differently). */
function ProjectStatus({ orgId, task }: { orgId: string; task: TaskListItem }) {
  const config = useProjectConfig(orgId, task.projectId);
  const status = config.data?.statuses.find((s) => s.id === task.statusId);
  return status ? <StatusPill name={status.name} shortCode={status.shortCode} color={status.color} size="xs" /> : null;
}

/** "My tasks" (TRK-8): every task assigned to a role I fill, across projects, by what state it is in. */
export function MyTasksPage() {
  const { orgId, can } = useCurrentOrg();
  const queryClient = useQueryClient();
  const move = useMoveTask(orgId);
  const any = useTaskList(orgId, null, { mine: true, limit: 1 }, can("tracking.read"));
  const columns: BoardColumnDef[] = order
    .filter((s) => statusStates.includes(s))
    .map((state) => ({
      id: state,
      title: (
        <Badge variant="dot" color={stateColors[state]} size="md" tt="none">
          {stateLabels[state]}
        </Badge>
      ),
      accent: accents[state],
      projectId: null,
      query: { mine: true, state, limit: 30 },
      target: { state },
    }));

  /** Dropping on a state picks the first status of the task's project that means it. */
  const onMove = async (task: TaskListItem, column: BoardColumnDef) => {
    const config = await queryClient.ensureQueryData({
      queryKey: queryKeys.projectConfig(orgId, task.projectId),
      queryFn: () => api<ProjectConfig>(`/api/v1/organizations/${orgId}/projects/${task.projectId}/config`),
    });
    const current = config.statuses.find((s) => s.id === task.statusId);
    if (!column.target.state || current?.state === column.target.state) return;
    const status = config.statuses.filter((s) => s.state === column.target.state && !s.archivedAt).sort((a, b) => a.sortOrder - b.sortOrder)[0];
    if (!status) {
      notifications.show({ color: "red", message: `${task.projectName} has no status meaning "${stateLabels[column.target.state as StatusState]}".` });
      return;
    }
    move.mutate(
      { task, statusId: status.id, column: column.target },
      {
        onSuccess: showTaskWarnings,
        onError: (e) =>
          notifications.show({
            color: "red",
            title: `${task.entityCode ?? task.name} did not move`,
            message: isApiError(e, "version_conflict") ? "Someone else changed this task just now; your list shows their change." : errorMessage(e),
          }),
      },
    );
  };

  return (
    <>
      <PageHeader title="My tasks" description="Everything assigned to the roles you fill, across projects. Drag a task to change its status." />
      {!can("tracking.read") ? (
        <NoAccessState description="Tasks are visible to studio staff (admins, managers and members)." />
      ) : any.isSuccess && any.data.pages[0]?.items.length === 0 ? (
        <EmptyState
          py={64}
          icon={<IconChecklist size={28} />}
          variant="light"
          title="Nothing assigned to you"
          description="Coordinators assign tasks to a project's roles. When a role you fill gets work, it shows up here."
          maw={520}
          mx="auto"
        />
      ) : any.isError ? (
        <ErrorState error={any.error} title="Could not load your tasks" onRetry={() => any.refetch()} />
      ) : (
        <TaskBoard
          orgId={orgId}
          columns={columns}
          canDrag={can("task.progress")}
          onMove={(t, c) => void onMove(t, c)}
          renderCard={(task, dragging) => (
            <TaskCard
              task={task}
              slots={noSlots}
              dragging={dragging}
              status={<ProjectStatus orgId={orgId} task={task} />}
              context={
                <Anchor
                  component={Link}
                  to={`/o/${orgId}/tracking/projects/${task.projectId}/grid`}
                  fz={11}
                  c="dimmed"
                  fw={600}
                  truncate
                  onPointerDown={(e) => e.stopPropagation()}
                  title={task.projectCode}
                >
                  {task.projectName}
                </Anchor>
              }
            />
          )}
        />
      )}
    </>
  );
}
