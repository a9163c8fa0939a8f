import type { TaskStatus } from "@backlot/contracts/tracking/config";
import type { Dependency, TaskListItem } from "@backlot/contracts/tracking/tasks";
import { ActionIcon, Alert, Badge, Group, Paper, Select, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconLink, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { formatDate } from "../../../../lib/format";
import { StatusPill } from "../../config/components/status-pill";
import { useAddDependency, useReadiness, useRemoveDependency } from "../api/gantt-api";

type Props = {
  orgId: string;
  projectId: string;
  task: TaskListItem;
  tasks: TaskListItem[];
  deps: Dependency[];
  statuses: Map<string, TaskStatus>;
  canEdit: boolean;
  conflictsWith: string[];
};

const label = (t: Pick<TaskListItem, "entityCode" | "name">) => (t.entityCode ? `${t.entityCode} · ${t.name}` : t.name);

function Readiness({ orgId, projectId, taskId }: { orgId: string; projectId: string; taskId: string }) {
  const readiness = useReadiness(orgId, projectId, taskId);
  if (readiness.isPending) return <Skeleton h={36} />;
  if (readiness.isError)
    return (
      <Text fz="xs" c="red">
        {errorMessage(readiness.error)}
      </Text>
    );
  if (readiness.data.ready)
    return (
      <Group gap={6} data-testid="task-readiness">
        <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" />
        <Text fz="sm">Ready to start</Text>
      </Group>
    );
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={16} />} title="Not ready yet" p="xs" data-testid="task-readiness">
      <Stack gap={2}>
        {readiness.data.blockers.map((b) => (
          <Text key={b.code + b.message} fz="xs">
            {b.message}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** The selected bar: dates, readiness, and its finish-to-start links (add, remove; cycles refused). */
export function TaskPanel({ orgId, projectId, task, tasks, deps, statuses, canEdit, conflictsWith }: Props) {
  const add = useAddDependency(orgId, projectId);
  const remove = useRemoveDependency(orgId, projectId);
  const [refusal, setRefusal] = useState<{ cycle: boolean; message: string } | null>(null);
  const [search, setSearch] = useState("");
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const preds = deps.filter((d) => d.successorId === task.id);
  const succs = deps.filter((d) => d.predecessorId === task.id);
  const linked = new Set([task.id, ...preds.map((d) => d.predecessorId)]);
  const candidates = tasks.filter((t) => !linked.has(t.id)).map((t) => ({ value: t.id, label: label(t) }));
  const status = statuses.get(task.statusId);

  const link = (predecessorId: string | null) => {
    if (!predecessorId) return;
    setRefusal(null);
    setSearch("");
    add.mutate({ taskId: task.id, predecessorId }, { onError: (e) => setRefusal({ cycle: isApiError(e, "dependency_cycle"), message: errorMessage(e) }) });
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="gantt-task-panel">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text fz="xs" c="dimmed" ff="monospace">
            {task.entityCode ?? "No entity"}
          </Text>
          <Title order={4} fz="md">
            {task.name}
          </Title>
          <Group gap="xs">
            {status && <StatusPill name={status.name} shortCode={status.shortCode} color={status.color} full size="xs" />}
            <Text fz="xs" c="dimmed">
              {formatDate(task.startDate)} → {formatDate(task.dueDate)}
            </Text>
          </Group>
        </Stack>
        <Readiness orgId={orgId} projectId={projectId} taskId={task.id} />
        {conflictsWith.length > 0 && (
          <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="schedule-conflict">
            <Text fz="xs">
              Starts before {conflictsWith.map((id) => (byId.get(id) ? label(byId.get(id) as TaskListItem) : "a predecessor")).join(", ")} is due.
              Finish-to-start: move it later, or the predecessor earlier.
            </Text>
          </Alert>
        )}
        <Stack gap={4}>
          <Text fz="xs" fw={700} tt="uppercase" c="dimmed">
            Waits for
          </Text>
          {preds.length === 0 && (
            <Text fz="sm" c="dimmed">
              Nothing
            </Text>
          )}
          {preds.map((d) => (
            <Group key={d.predecessorId} justify="space-between" wrap="nowrap" data-testid="predecessor">
              <Group gap={6} wrap="nowrap">
                <IconLink size={14} />
                <Text fz="sm" truncate>
                  {byId.get(d.predecessorId) ? label(byId.get(d.predecessorId) as TaskListItem) : d.predecessorName}
                </Text>
                {d.predecessorState !== "approved" && (
                  <Badge size="xs" color="yellow" variant="light">
                    not approved
                  </Badge>
                )}
              </Group>
              {canEdit && (
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={`Remove link to ${d.predecessorName}`}
                  loading={remove.isPending}
                  onClick={() => remove.mutate({ taskId: task.id, predecessorId: d.predecessorId })}
                >
                  <IconX size={14} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {canEdit && (
            <Select
              size="xs"
              searchable
              placeholder="Add a task it waits for…"
              data={candidates}
              value={null}
              onChange={link}
              searchValue={search}
              onSearchChange={setSearch}
              limit={50}
              aria-label="Add a predecessor"
              data-testid="add-predecessor"
            />
          )}
          {refusal && (
            <Alert
              color="red"
              variant={refusal.cycle ? "filled" : "light"}
              p="xs"
              title={refusal.cycle ? "That link would make a loop" : undefined}
              role="alert"
            >
              <Text fz="xs">{refusal.message}</Text>
            </Alert>
          )}
        </Stack>
        {succs.length > 0 && (
          <Stack gap={4}>
            <Text fz="xs" fw={700} tt="uppercase" c="dimmed">
              Blocks
            </Text>
            {succs.map((d) => (
              <Text key={d.successorId} fz="sm">
                {byId.get(d.successorId) ? label(byId.get(d.successorId) as TaskListItem) : d.successorName}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
