import type { TaskListItem } from "@backlot/contracts/tracking/tasks";
import { priorityLabels } from "@backlot/contracts/tracking/tasks";
import { ActionIcon, Avatar, Badge, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import { IconArrowUpRight, IconCalendarDue } from "@tabler/icons-react";
import dayjs from "dayjs";
import type { ReactNode } from "react";
import { formatDate } from "../../../../lib/format";
import type { SlotChip } from "../../slots/components/slot-chips";
import { useOpenTask } from "../../task-detail/api/open-task";

type Props = {
  task: TaskListItem;
  slots: Map<string, SlotChip>;
  /** Shown above the title: the project on "my tasks", nothing on a project board. */
  context?: ReactNode;
  /** The status pill, where the column does not already say it (my tasks). */
  status?: ReactNode;
  dragging?: boolean;
};

const priorityColors = ["gray", "blue", "orange", "red"];

/** A task as a board card: what (entity and step), who, when, how urgent. */
export function TaskCard({ task, slots, context, status, dragging }: Props) {
  const assignees = task.assigneeSlotIds.map((id) => slots.get(id)).filter((s) => s !== undefined);
  const overdue = task.dueDate && dayjs(task.dueDate).isBefore(dayjs(), "day");
  const openTask = useOpenTask();
  const name = `${task.entityCode ?? task.name} ${task.taskTypeName}`;
  const open = () => openTask({ id: task.id, projectId: task.projectId });
  return (
    <Paper
      withBorder
      radius="md"
      p="xs"
      shadow={dragging ? "lg" : undefined}
      style={{ cursor: "grab", opacity: dragging ? 0.95 : 1 }}
      // A click (not a drag: dnd-kit swallows those) opens the task drawer, as the button does.
      onClick={open}
      data-testid="task-card"
      data-task={`${task.entityCode ?? ""} ${task.taskTypeName}`.trim()}
    >
      <Stack gap={6}>
        {context}
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Stack gap={0} miw={0}>
            <Text fz="sm" fw={650} ff="monospace" truncate>
              {task.entityCode ?? task.name}
            </Text>
            <Text fz="xs" c="dimmed" truncate>
              {task.taskTypeName}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap">
            {status}
            {!dragging && (
              <Tooltip label="Open task" withArrow openDelay={300}>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={`Open ${name}`}
                  // A press on the button opens the task; it must not start a drag of the card.
                  onPointerDown={(e) => e.stopPropagation()}
                  onKeyDown={(e) => e.stopPropagation()}
                  onClick={(e) => {
                    // The card opens the task too; one drawer, not two stacked.
                    e.stopPropagation();
                    open();
                  }}
                >
                  <IconArrowUpRight size={14} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Group>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap">
            {task.priority > 1 && (
              <Badge size="xs" variant="light" color={priorityColors[task.priority]}>
                {priorityLabels[task.priority]}
              </Badge>
            )}
            {task.dueDate && (
              <Group gap={3} wrap="nowrap" c={overdue ? "red" : "dimmed"}>
                <IconCalendarDue size={12} />
                <Text fz={11} c="inherit">
                  {formatDate(task.dueDate)}
                </Text>
              </Group>
            )}
          </Group>
          <Avatar.Group spacing={6}>
            {assignees.slice(0, 3).map((s) => (
              <Tooltip key={s.id} label={s.label} withArrow openDelay={300}>
                <Avatar size={22} radius="xl" color={s.open ? "gray" : "initials"} name={s.label}>
                  {s.initials}
                </Avatar>
              </Tooltip>
            ))}
          </Avatar.Group>
        </Group>
      </Stack>
    </Paper>
  );
}
