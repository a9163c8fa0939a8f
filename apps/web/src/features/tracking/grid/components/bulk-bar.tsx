import type { TaskStatus, TaskType } from "@backlot/contracts/tracking/config";
import type { GridRow } from "@backlot/contracts/tracking/grid";
import { Button, CloseButton, Group, Paper, Select, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { useBulkUpdateTasks } from "../../tasks/api/tasks-api";
import type { SlotChip } from "./grid-context";

type Props = {
  orgId: string;
  projectId: string;
  selected: GridRow[];
  taskTypes: TaskType[];
  statuses: TaskStatus[];
  slots: SlotChip[];
  canProgress: boolean;
  canEdit: boolean;
  onClear: () => void;
};

/** Bulk edit (TRK-8): one step's status or assignee on every selected row, all or nothing. */
export function BulkBar({ orgId, projectId, selected, taskTypes, statuses, slots, canProgress, canEdit, onClear }: Props) {
  const bulk = useBulkUpdateTasks(orgId, projectId);
  const [stepId, setStepId] = useState<string | null>(taskTypes[0]?.id ?? null);
  const [statusId, setStatusId] = useState<string | null>(null);
  const [slotId, setSlotId] = useState<string | null>(null);
  const cells = stepId ? selected.flatMap((r) => (r.tasks[stepId] ? [r.tasks[stepId]] : [])) : [];
  const missing = selected.length - cells.length;
  const step = taskTypes.find((t) => t.id === stepId);

  const apply = (changes: { statusId?: string; assigneeSlotIds?: string[] }, what: string) =>
    bulk.mutate(
      { tasks: cells.map((c) => ({ id: c.id, version: c.version })), changes },
      {
        onSuccess: ({ items }) => notifications.show({ color: "teal", message: `${what} on ${items.length} ${step?.name ?? ""} tasks.` }),
        onError: (e) =>
          notifications.show({
            color: "red",
            title: "Nothing was changed",
            message: isApiError(e, "version_conflict")
              ? "Some of these tasks changed since the grid loaded them; they have been refreshed, try again."
              : errorMessage(e),
          }),
      },
    );

  return (
    <Paper withBorder radius="md" px="md" py={8} bg="var(--mantine-color-indigo-light)" data-testid="bulk-bar">
      <Group gap="sm" wrap="wrap">
        <Text fz="sm" fw={650}>
          {selected.length} selected
        </Text>
        <Select
          aria-label="Step to change"
          data={taskTypes.map((t) => ({ value: t.id, label: t.name }))}
          value={stepId}
          onChange={setStepId}
          size="xs"
          w={150}
          allowDeselect={false}
        />
        {missing > 0 && (
          <Text fz="xs" c="dimmed">
            {missing} without this step
          </Text>
        )}
        <Group gap={4}>
          <Select
            aria-label="New status"
            placeholder="Status…"
            data={statuses.map((s) => ({ value: s.id, label: s.name }))}
            value={statusId}
            onChange={setStatusId}
            size="xs"
            w={150}
            disabled={!canProgress}
          />
          <Button
            size="xs"
            disabled={!canProgress || !statusId || cells.length === 0}
            loading={bulk.isPending}
            onClick={() => statusId && apply({ statusId }, `Status set to ${statuses.find((s) => s.id === statusId)?.name}`)}
          >
            Set status
          </Button>
        </Group>
        <Group gap={4}>
          <Select
            aria-label="Assign to"
            placeholder="Assign to…"
            data={slots.map((s) => ({ value: s.id, label: s.label }))}
            value={slotId}
            onChange={setSlotId}
            size="xs"
            w={200}
            searchable
            disabled={!canEdit}
          />
          <Button
            size="xs"
            variant="light"
            disabled={!canEdit || !slotId || cells.length === 0}
            loading={bulk.isPending}
            onClick={() => slotId && apply({ assigneeSlotIds: [slotId] }, `Assigned to ${slots.find((s) => s.id === slotId)?.label}`)}
          >
            Assign
          </Button>
        </Group>
        <CloseButton ml="auto" onClick={onClear} aria-label="Clear selection" />
      </Group>
    </Paper>
  );
}
