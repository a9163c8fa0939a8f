import { Button, Group, Select, TextInput } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconCalendarSearch, IconSearch, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useDepartments } from "../../../people/api/people-api";
import { addDays } from "../api/calendar-days";
import { useSkills } from "../api/scheduler-api";
import type { SchedulerParams } from "../api/scheduler-params";

type Props = { orgId: string; params: SchedulerParams; today: string; onChange: (patch: Partial<SchedulerParams>) => void };

const levels = [1, 2, 3, 4, 5].map((l) => ({ value: String(l), label: l === 1 ? "Any level" : `Level ≥ ${l}` }));

/** Department, skill with a minimum level, "free between", and a name search; all kept in the URL. */
export function SchedulerFilters({ orgId, params, today, onChange }: Props) {
  const departments = useDepartments(orgId, params.rows === "people");
  const skills = useSkills(orgId);
  const [q, setQ] = useState(params.q);
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value }), 250);
  const people = params.rows === "people";
  const filtered = params.department || params.skill || params.freeFrom || params.q;
  return (
    <Group gap="xs" wrap="wrap">
      <TextInput
        aria-label={people ? "Search people" : "Search rooms and equipment"}
        placeholder={people ? "Search name or title…" : "Search name or studio…"}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        w={200}
      />
      {people && (
        <>
          <Select
            aria-label="Department"
            placeholder="All departments"
            data={departments.data ?? []}
            value={params.department}
            onChange={(department) => onChange({ department })}
            clearable
            searchable
            w={180}
          />
          <Select
            aria-label="Skill"
            placeholder="Any skill"
            data={(skills.data ?? []).map((s) => s.name)}
            value={params.skill}
            onChange={(skill) => onChange({ skill, minLevel: skill ? params.minLevel : 1 })}
            clearable
            searchable
            w={150}
          />
          <Select
            aria-label="Minimum skill level"
            data={levels}
            value={String(params.minLevel)}
            onChange={(v) => onChange({ minLevel: Number(v ?? 1) })}
            allowDeselect={false}
            disabled={!params.skill}
            w={130}
          />
          <DatePickerInput
            type="range"
            aria-label="Free between"
            placeholder="Free between…"
            leftSection={<IconCalendarSearch size={16} />}
            valueFormat="D MMM"
            value={[params.freeFrom, params.freeTo]}
            onChange={([from, to]) => (from && to ? onChange({ freeFrom: from, freeTo: to }) : from ? undefined : onChange({ freeFrom: null, freeTo: null }))}
            clearable
            allowSingleDateInRange
            w={190}
          />
          <Button variant="light" size="sm" onClick={() => onChange({ freeFrom: today, freeTo: addDays(today, 13) })}>
            Free next 2 weeks
          </Button>
        </>
      )}
      {filtered && (
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          leftSection={<IconX size={14} />}
          onClick={() => {
            setQ("");
            onChange({ department: null, skill: null, minLevel: 1, freeFrom: null, freeTo: null, q: "" });
          }}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
