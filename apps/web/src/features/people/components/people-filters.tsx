import { Group, SegmentedControl, Select, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import type { PeopleFilters as Filters, PersonStatus } from "../api/people-api";

type Props = {
  filters: Filters;
  departments: string[];
  onChange: (next: Partial<Filters>) => void;
};

export function PeopleFilters({ filters, departments, onChange }: Props) {
  const [q, setQ] = useState(filters.q);
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value }), 250);
  return (
    <Group gap="sm" wrap="wrap" mb="md">
      <TextInput
        aria-label="Search people"
        placeholder="Search name, email, title…"
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        w={{ base: "100%", sm: 280 }}
      />
      <Select
        aria-label="Department"
        placeholder="All departments"
        data={departments}
        value={filters.department}
        onChange={(department) => onChange({ department })}
        clearable
        searchable
        nothingFoundMessage="No such department"
        w={{ base: "100%", sm: 200 }}
      />
      <SegmentedControl
        aria-label="Status"
        size="sm"
        value={filters.status}
        onChange={(status) => onChange({ status: status as PersonStatus })}
        data={[
          { value: "active", label: "Active" },
          { value: "inactive", label: "Inactive" },
          { value: "archived", label: "Archived" },
          { value: "all", label: "All" },
        ]}
      />
    </Group>
  );
}
