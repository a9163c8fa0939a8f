import type { EntityType, TaskStatus, TaskType } from "@backlot/contracts/tracking/config";
import type { FieldDefinition } from "@backlot/contracts/tracking/fields";
import { Badge, Button, CloseButton, Group, Popover, Select, Stack, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconFilterPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useEntityOptions } from "../../entities/api/entities-api";
import type { GridFilters as Filters } from "../api/grid-api";
import type { SlotChip } from "./grid-context";

type Props = {
  orgId: string;
  projectId: string;
  filters: Filters;
  parentType: EntityType | undefined;
  statuses: TaskStatus[];
  taskTypes: TaskType[];
  slots: SlotChip[];
  fields: FieldDefinition[];
  onChange: (next: Partial<Filters>) => void;
};

function CustomFilterPicker({ fields, onAdd }: { fields: FieldDefinition[]; onAdd: (filter: string) => void }) {
  const [opened, setOpened] = useState(false);
  const [key, setKey] = useState<string | null>(null);
  const [value, setValue] = useState("");
  const field = fields.find((f) => f.key === key);
  const add = () => {
    if (!key || !value.trim()) return;
    onAdd(`${key}:${value.trim()}`);
    setOpened(false);
    setValue("");
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" width={260} trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconFilterPlus size={16} />} onClick={() => setOpened((o) => !o)} disabled={fields.length === 0}>
          Field filter
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Select
            label="Custom field"
            data={fields.map((f) => ({ value: f.key, label: f.label }))}
            value={key}
            onChange={setKey}
            comboboxProps={{ withinPortal: false }}
          />
          {field?.fieldType === "select" || field?.fieldType === "multi_select" ? (
            <Select label="Is" data={field.options} value={value || null} onChange={(v) => setValue(v ?? "")} comboboxProps={{ withinPortal: false }} />
          ) : field?.fieldType === "boolean" ? (
            <Select label="Is" data={["true", "false"]} value={value || null} onChange={(v) => setValue(v ?? "")} comboboxProps={{ withinPortal: false }} />
          ) : (
            <TextInput label="Equals" value={value} onChange={(e) => setValue(e.currentTarget.value)} disabled={!field} />
          )}
          <Button size="xs" onClick={add} disabled={!key || !value.trim()}>
            Add filter
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** Server-side filters of the grid: search, parent, status (optionally of one step), assignee, custom fields. */
export function GridFilters({ orgId, projectId, filters, parentType, statuses, taskTypes, slots, fields, onChange }: Props) {
  const [q, setQ] = useState(filters.q);
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value }), 300);
  const parents = useEntityOptions(orgId, projectId, parentType?.key ?? null);
  const label = (filter: string) => {
    const [key, ...rest] = filter.split(":");
    return `${fields.find((f) => f.key === key)?.label ?? key}: ${rest.join(":")}`;
  };
  return (
    <Stack gap={8}>
      <Group gap="xs" wrap="wrap">
        <TextInput
          aria-label="Search by code or name"
          placeholder="Search code or name…"
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          w={200}
        />
        {parentType && (
          <Select
            aria-label={parentType.name}
            placeholder={`All ${parentType.name.toLowerCase()}s`}
            data={(parents.data ?? []).map((p) => ({ value: p.id, label: p.code }))}
            value={filters.parentId}
            onChange={(parentId) => onChange({ parentId })}
            searchable
            clearable
            w={160}
          />
        )}
        <Select
          aria-label="Status"
          placeholder="Any status"
          data={statuses.map((s) => ({ value: s.id, label: s.name }))}
          value={filters.statusId}
          onChange={(statusId) => onChange({ statusId, taskTypeId: statusId ? filters.taskTypeId : null })}
          clearable
          w={170}
        />
        <Select
          aria-label="In step"
          placeholder="in any step"
          data={taskTypes.map((t) => ({ value: t.id, label: `in ${t.name}` }))}
          value={filters.taskTypeId}
          onChange={(taskTypeId) => onChange({ taskTypeId })}
          disabled={!filters.statusId}
          clearable
          w={160}
        />
        <Select
          aria-label="Assignee"
          placeholder="Anyone"
          data={slots.map((s) => ({ value: s.id, label: s.label }))}
          value={filters.assigneeSlotId}
          onChange={(assigneeSlotId) => onChange({ assigneeSlotId })}
          searchable
          clearable
          w={210}
        />
        <CustomFilterPicker fields={fields} onAdd={(f) => onChange({ custom: [...filters.custom.filter((c) => c !== f), f] })} />
      </Group>
      {filters.custom.length > 0 && (
        <Group gap={6}>
          {filters.custom.map((f) => (
            <Badge
              key={f}
              variant="light"
              size="lg"
              radius="sm"
              tt="none"
              rightSection={
                <CloseButton size="xs" aria-label={`Remove filter ${label(f)}`} onClick={() => onChange({ custom: filters.custom.filter((c) => c !== f) })} />
              }
            >
              {label(f)}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
