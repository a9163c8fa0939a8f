import { Avatar, Group, Loader, Select, type SelectProps, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { usePeople } from "../../../people/api/people-api";

type Props = {
  orgId: string;
  value: string | null;
  /** The name of the current value, so it shows before the search has loaded it. */
  currentName?: string | null;
  onChange: (personId: string | null, name: string | null) => void;
} & Omit<SelectProps, "value" | "onChange" | "data">;

type Option = { value: string; label: string; detail: string };

/** Picks a person from the studio's people directory, searched on the server as you type. */
export function PersonPicker({ orgId, value, currentName, onChange, ...rest }: Props) {
  const [search, setSearch] = useState("");
  const [pickedName, setPickedName] = useState(currentName ?? null);
  // Showing the picked name in the box is not a search: list everyone then.
  const [q] = useDebouncedValue(value && search === pickedName ? "" : search, 200);
  const people = usePeople(orgId, { q, department: null, status: "active" });
  const found: Option[] = (people.data?.pages[0]?.items ?? []).map((p) => ({
    value: p.id,
    label: p.displayName,
    detail: [p.title, p.department].filter(Boolean).join(" · "),
  }));
  const data = value && currentName && !found.some((o) => o.value === value) ? [{ value, label: currentName, detail: "" }, ...found] : found;
  const details = new Map(data.map((o) => [o.value, o.detail]));

  return (
    <Select
      searchable
      clearable
      placeholder="Search the people directory…"
      nothingFoundMessage={people.isFetching ? "Searching…" : "No one matches; add them under People first"}
      rightSection={people.isFetching ? <Loader size={14} /> : undefined}
      {...rest}
      data={data}
      value={value}
      onChange={(id, option) => {
        setPickedName(option?.label ?? null);
        onChange(id, option?.label ?? null);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search text; filtering again would hide matches on email or title.
      filter={({ options }) => options}
      renderOption={({ option }) => (
        <Group gap="sm" wrap="nowrap">
          <Avatar size={24} radius="xl" color="initials" name={option.label} />
          <Stack gap={0}>
            <Text fz="sm">{option.label}</Text>
            {details.get(option.value) && (
              <Text fz="xs" c="dimmed">
                {details.get(option.value)}
              </Text>
            )}
          </Stack>
        </Group>
      )}
    />
  );
}
