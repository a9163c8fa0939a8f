import type { TaskListItem } from "@backlot/contracts/tracking/tasks";
import { Alert, Button, EmptyState, Grid, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconSearch, IconTimeline } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useMemo, useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { TableSkeleton } from "../../../../components/table-skeleton";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useProjectConfig } from "../../config/api/config-api";
import { useProjectDependencies, useProjectTasks, useScheduleTask } from "../api/gantt-api";
import { ganttTasks, isoDay, scheduleConflicts, statusStyles, taskSpan } from "./gantt-bars";
import { ChartBoundary } from "./chart-boundary";
import { GanttChart, type ViewMode } from "./gantt-chart";
import { TaskPanel } from "./task-panel";

type Props = { orgId: string; projectId: string; canEdit: boolean };

function Unscheduled({ tasks, canEdit, onSchedule }: { tasks: TaskListItem[]; canEdit: boolean; onSchedule: (t: TaskListItem) => void }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text fz="sm" fw={600} mb={4}>
        {tasks.length} without dates
      </Text>
      <Text fz="xs" c="dimmed" mb="sm">
        Put one on the timeline (starting today, five days), then drag it into place.
      </Text>
      <Stack gap={4} mah={320} style={{ overflowY: "auto" }}>
        {tasks.slice(0, 40).map((t) => (
          <Group key={t.id} justify="space-between" wrap="nowrap">
            <Text fz="xs" truncate>
              {t.entityCode ? `${t.entityCode} · ` : ""}
              {t.name}
            </Text>
            <Button size="compact-xs" variant="light" disabled={!canEdit} onClick={() => onSchedule(t)}>
              Schedule
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** The project's tasks on a timeline (TRK-8): drag to reschedule, arrows for dependencies. */
export function GanttTab({ orgId, projectId, canEdit }: Props) {
  const config = useProjectConfig(orgId, projectId);
  const tasks = useProjectTasks(orgId, projectId);
  const deps = useProjectDependencies(orgId, projectId);
  const schedule = useScheduleTask(orgId, projectId);
  const [viewMode, setViewMode] = useState<ViewMode>("Week");
  const [search, setSearch] = useState("");
  const [taskTypeId, setTaskTypeId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const all = useMemo(() => tasks.data?.items ?? [], [tasks.data]);
  // Memoized so the chart is refreshed only when its bars change, not on every render.
  const { filtered, scheduled, unscheduled } = useMemo(() => {
    const q = search.trim().toLowerCase();
    const matching = all.filter((t) => (!taskTypeId || t.taskTypeId === taskTypeId) && (!q || `${t.entityCode ?? ""} ${t.name}`.toLowerCase().includes(q)));
    return { filtered: matching, scheduled: matching.filter((t) => taskSpan(t)), unscheduled: matching.filter((t) => !taskSpan(t)) };
  }, [all, search, taskTypeId]);
  const links = useMemo(() => deps.data ?? [], [deps.data]);
  const statusList = config.data?.statuses;
  const bars = useMemo(() => ganttTasks(scheduled, links, statusList ?? [], selectedId), [scheduled, links, statusList, selectedId]);
  const conflicts = scheduleConflicts(all, links);
  const statuses = new Map((config.data?.statuses ?? []).map((s) => [s.id, s]));
  const selected = all.find((t) => t.id === selectedId) ?? null;

  const reschedule = (task: TaskListItem, startDate: string, dueDate: string) =>
    schedule.mutate(
      { task, startDate, dueDate },
      {
        onSuccess: (saved) => {
          const after = scheduleConflicts(
            all.map((t) => (t.id === saved.id ? { ...t, ...saved } : t)),
            links,
          ).get(saved.id);
          for (const w of saved.warnings) notifications.show({ color: "yellow", title: `${task.name}: heads-up`, message: w.message });
          if (after?.length)
            notifications.show({
              color: "red",
              title: "Schedule conflict",
              message: `${task.entityCode ?? ""} ${task.name} now starts before a task it waits for is due.`,
            });
          else
            notifications.show({
              color: "teal",
              message: `${task.entityCode ?? ""} ${task.name}: ${dayjs(startDate).format("D MMM")} → ${dayjs(dueDate).format("D MMM")}`,
            });
        },
        onError: (e) =>
          notifications.show({
            color: "red",
            title: `${task.name} was not moved`,
            message: isApiError(e, "version_conflict") ? "Someone changed this task meanwhile; the chart has been reloaded." : errorMessage(e),
          }),
      },
    );
  const onDateChange = (id: string, start: Date, end: Date) => {
    const task = all.find((t) => t.id === id);
    if (task) reschedule(task, isoDay(start), isoDay(end));
  };

  let chart: React.ReactNode;
  if (tasks.isPending || deps.isPending || config.isPending) chart = <TableSkeleton rows={10} columns={6} />;
  else if (tasks.isError || deps.isError || config.isError)
    chart = (
      <ErrorState
        error={tasks.error ?? deps.error ?? config.error}
        title="Could not load the schedule"
        onRetry={() => {
          void tasks.refetch();
          void deps.refetch();
        }}
      />
    );
  else if (bars.length === 0)
    chart = (
      <EmptyState
        py={56}
        icon={<IconTimeline size={28} />}
        variant="light"
        title={all.length === 0 ? "No tasks yet" : filtered.length === 0 ? "No task matches" : "No task has dates yet"}
        description={
          all.length === 0
            ? "Tasks appear here once shots and assets exist (templates create them) and have start or due dates."
            : "Give tasks start and due dates (in the grid, a CSV import, or with Schedule on the right) to see them on the timeline."
        }
        maw={520}
        mx="auto"
      />
    );
  else
    chart = (
      <ChartBoundary>
        <GanttChart
          tasks={bars}
          scrollTo={bars.map((b) => b.start).sort()[0] ?? ""}
          viewMode={viewMode}
          readonly={!canEdit}
          onDateChange={onDateChange}
          onSelect={setSelectedId}
        />
      </ChartBoundary>
    );

  return (
    <Stack gap="md">
      <style>{statusStyles(config.data?.statuses ?? [])}</style>
      {tasks.data?.truncated && (
        <Alert color="yellow" icon={<IconAlertTriangle size={16} />}>
          This project has more than 5,000 tasks; filter by task type to see the rest.
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Paper withBorder radius="md">
            <Group p="md" justify="space-between" gap="sm">
              <Group gap="sm">
                <Title order={3} fz="md" fw={650}>
                  Schedule
                </Title>
                <TextInput
                  size="xs"
                  w={200}
                  placeholder="Filter by shot or task"
                  leftSection={<IconSearch size={14} />}
                  value={search}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                />
                <Select
                  size="xs"
                  w={180}
                  clearable
                  placeholder="All task types"
                  data={(config.data?.taskTypes ?? []).filter((t) => !t.archivedAt).map((t) => ({ value: t.id, label: `${t.name} (${t.entityTypeKey})` }))}
                  value={taskTypeId}
                  onChange={setTaskTypeId}
                  aria-label="Task type"
                />
              </Group>
              <Group gap="sm">
                {conflicts.size > 0 && (
                  <Text fz="xs" c="red.7" fw={600} data-testid="conflict-count">
                    {conflicts.size} schedule {conflicts.size === 1 ? "conflict" : "conflicts"}
                  </Text>
                )}
                <SegmentedControl
                  size="xs"
                  data={["Day", "Week", "Month"]}
                  value={viewMode}
                  onChange={(v) => setViewMode(v as ViewMode)}
                  aria-label="Zoom"
                  data-testid="gantt-zoom"
                />
              </Group>
            </Group>
            <div style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>{chart}</div>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Stack gap="md">
            {selected ? (
              <TaskPanel
                key={selected.id}
                orgId={orgId}
                projectId={projectId}
                task={selected}
                tasks={all}
                deps={links}
                statuses={statuses}
                canEdit={canEdit}
                conflictsWith={conflicts.get(selected.id) ?? []}
              />
            ) : (
              <Paper withBorder radius="md" p="md">
                <Text fz="sm" c="dimmed">
                  Click a bar to see whether its task is ready and what it waits for. Drag a bar to move it, or its ends to change its dates.
                </Text>
              </Paper>
            )}
            {unscheduled.length > 0 && (
              <Unscheduled
                tasks={unscheduled}
                canEdit={canEdit}
                onSchedule={(t) => reschedule(t, isoDay(new Date()), isoDay(dayjs().add(4, "day").toDate()))}
              />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
