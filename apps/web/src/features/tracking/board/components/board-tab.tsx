import type { Project } from "@backlot/contracts/tracking/projects";
import type { TaskListItem } from "@backlot/contracts/tracking/tasks";
import { Group, Select, Skeleton, Stack, Switch, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { bySortOrder, useProjectConfig } from "../../config/api/config-api";
import { StatusPill } from "../../config/components/status-pill";
import { useSlots } from "../../slots/api/slots-api";
import { slotChips } from "../../slots/components/slot-chips";
import { useMoveTask } from "../../tasks/api/tasks-api";
import type { BoardColumnDef } from "../../tasks/components/board-column";
import { TaskBoard } from "../../tasks/components/task-board";
import { TaskCard } from "../../tasks/components/task-card";
import { showTaskWarnings } from "../../tasks/components/task-warnings";

/** The project's kanban by status (TRK-8): filter by step and assignee, drag a card to change its status. */
export function BoardTab({ project }: { project: Project }) {
  const { orgId, can } = useCurrentOrg();
  const config = useProjectConfig(orgId, project.id);
  const slots = useSlots(orgId, project.id);
  const move = useMoveTask(orgId);
  const [taskTypeId, setTaskTypeId] = useState<string | null>(null);
  const [assigneeSlotId, setAssigneeSlotId] = useState<string | null>(null);
  const [mine, setMine] = useState(false);
  const chips = useMemo(() => slotChips(slots.data), [slots.data]);
  const chipMap = useMemo(() => new Map(chips.map((c) => [c.id, c])), [chips]);

  const statuses = (config.data?.statuses ?? []).filter((s) => !s.archivedAt).sort(bySortOrder);
  const entityNames = new Map((config.data?.entityTypes ?? []).map((e) => [e.key, e.name]));
  const steps = (config.data?.taskTypes ?? []).filter((t) => !t.archivedAt).sort((a, b) => a.entityTypeKey.localeCompare(b.entityTypeKey) || bySortOrder(a, b));
  const columns: BoardColumnDef[] = statuses.map((s) => ({
    id: s.id,
    title: <StatusPill name={s.name} shortCode={s.shortCode} color={s.color} full size="xs" />,
    accent: s.color,
    projectId: project.id,
    query: { statusId: s.id, taskTypeId: taskTypeId ?? undefined, assigneeSlotId: assigneeSlotId ?? undefined, mine: mine || undefined, limit: 30 },
    target: { statusId: s.id },
  }));

  const onMove = (task: TaskListItem, column: BoardColumnDef) => {
    const statusId = column.target.statusId;
    if (!statusId || statusId === task.statusId) return;
    move.mutate(
      { task, statusId, column: column.target },
      {
        onSuccess: showTaskWarnings,
        onError: (e) =>
          notifications.show({
            color: "red",
            title: `${task.entityCode ?? task.name} did not move`,
            message: isApiError(e, "version_conflict") ? "Someone else changed this task just now; the board shows their change." : errorMessage(e),
          }),
      },
    );
  };

  if (config.isPending) return <Skeleton h={480} radius="md" />;
  if (config.isError) return <ErrorState error={config.error} title="Could not load the board" onRetry={() => config.refetch()} />;

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Select
          aria-label="Step"
          placeholder="All steps"
          data={steps.map((t) => ({ value: t.id, label: `${t.name} (${entityNames.get(t.entityTypeKey) ?? t.entityTypeKey})` }))}
          value={taskTypeId}
          onChange={setTaskTypeId}
          clearable
          searchable
          w={240}
        />
        <Select
          aria-label="Assignee"
          placeholder="Anyone"
          data={chips.map((c) => ({ value: c.id, label: c.label }))}
          value={assigneeSlotId}
          onChange={setAssigneeSlotId}
          clearable
          searchable
          w={240}
        />
        <Switch label="Only my tasks" checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} />
        <Text fz="xs" c="dimmed" ml="auto">
          {can("task.progress") && !project.archivedAt ? "Drag a card to another column to change its status." : "Read only."}
        </Text>
      </Group>
      <TaskBoard
        orgId={orgId}
        columns={columns}
        canDrag={can("task.progress") && !project.archivedAt}
        onMove={onMove}
        renderCard={(task, dragging) => <TaskCard task={task} slots={chipMap} dragging={dragging} />}
      />
    </Stack>
  );
}
