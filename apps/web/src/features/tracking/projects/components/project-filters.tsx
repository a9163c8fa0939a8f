import { Group, SegmentedControl, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import type { ProjectFilters as Filters, ProjectListStatus } from "../api/projects-api";

type Props = { filters: Filters; onChange: (next: Partial<Filters>) => void };

const statusOptions: { value: ProjectListStatus; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "bidding", label: "Bidding" },
  { value: "active", label: "Active" },
  { value: "on_hold", label: "On hold" },
  { value: "wrapped", label: "Wrapped" },
  { value: "archived", label: "Archived" },
  { value: "all", label: "All" },
];

export function ProjectFilters({ filters, onChange }: Props) {
  const [q, setQ] = useState(filters.q);
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value }), 250);
  return (
    <Group gap="sm" wrap="wrap" mb="md">
      <TextInput
        aria-label="Search projects"
        placeholder="Search name, code or client…"
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        w={{ base: "100%", sm: 300 }}
      />
      <SegmentedControl
        aria-label="Status"
        size="sm"
        value={filters.status}
        onChange={(status) => onChange({ status: status as ProjectListStatus })}
        data={statusOptions}
      />
    </Group>
  );
}
