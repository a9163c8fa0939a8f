import { Group, Select, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useMyTaskOptions } from "../api/time-api";
import type { SheetRow } from "./timesheet-grid";

type Props = { orgId: string; exclude: string[]; onAdd: (row: SheetRow) => void };

/** Adds one of my tasks to the week, so time can be typed into its days. */
export function AddTaskRow({ orgId, exclude, onAdd }: Props) {
  const [opened, setOpened] = useState(false);
  const tasks = useMyTaskOptions(orgId, true);
  const options = (tasks.data ?? [])
    .filter((t) => !exclude.includes(t.id))
    .map((t) => ({ value: t.id, label: [t.projectCode, t.entityCode, t.taskTypeName].filter(Boolean).join(" · ") }));
  return (
    <Group p="sm" gap="sm" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
      <IconPlus size={16} color="var(--mantine-color-dimmed)" />
      <Select
        aria-label="Add a task to this week"
        placeholder={
          tasks.isPending
            ? "Loading your tasks…"
            : options.length
              ? "Add one of my tasks…"
              : exclude.length
                ? "No other tasks assigned to you"
                : "No tasks are assigned to you"
        }
        data={options}
        value={null}
        searchable
        disabled={options.length === 0}
        dropdownOpened={opened}
        onDropdownOpen={() => setOpened(true)}
        onDropdownClose={() => setOpened(false)}
        onChange={(id) => {
          const t = tasks.data?.find((x) => x.id === id);
          if (!t) return;
          onAdd({
            taskId: t.id,
            taskName: t.name,
            projectId: t.projectId,
            projectCode: t.projectCode,
            entityCode: t.entityCode,
            minutes: [0, 0, 0, 0, 0, 0, 0],
            total: 0,
          });
        }}
        w={360}
        nothingFoundMessage="No matching task"
      />
      {tasks.isError && (
        <Text fz="xs" c="red">
          Could not load your tasks.
        </Text>
      )}
    </Group>
  );
}
