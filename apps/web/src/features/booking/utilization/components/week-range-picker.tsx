import type { Organization } from "@backlot/contracts/core/organizations";
import { ActionIcon, Button, Group, SegmentedControl, Tooltip } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconCalendarWeek, IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import dayjs from "dayjs";
import { addWeeks, weekStartOf } from "./weeks";

export type WeekRange = { from: string; weeks: number };
type Props = { value: WeekRange; onChange: (next: WeekRange) => void; weekStart: Organization["weekStart"] };

const spans = [4, 8, 13, 26];
const maxWeeks = 52;

/** Whole weeks only: any range picked snaps out to the organization's week boundaries. */
export function WeekRangePicker({ value, onChange, weekStart }: Props) {
  const to = addWeeks(value.from, value.weeks);
  const pick = ([a, b]: [string | null, string | null]) => {
    if (!a || !b) return;
    const from = weekStartOf(a, weekStart);
    const weeks = Math.min(maxWeeks, Math.max(1, Math.ceil((dayjs(b).diff(from, "day") + 1) / 7)));
    onChange({ from, weeks });
  };
  return (
    <Group gap="xs" wrap="wrap">
      <Group gap={2} wrap="nowrap">
        <Tooltip label="Earlier" withArrow>
          <ActionIcon variant="default" size="lg" aria-label="Earlier weeks" onClick={() => onChange({ ...value, from: addWeeks(value.from, -value.weeks) })}>
            <IconChevronLeft size={16} />
          </ActionIcon>
        </Tooltip>
        <DatePickerInput
          type="range"
          aria-label="Weeks shown"
          w={230}
          valueFormat="D MMM YYYY"
          leftSection={<IconCalendarWeek size={16} />}
          value={[value.from, dayjs(to).subtract(1, "day").format("YYYY-MM-DD")]}
          onChange={(v) => pick(v as [string | null, string | null])}
          firstDayOfWeek={weekStart === "sunday" ? 0 : weekStart === "saturday" ? 6 : 1}
        />
        <Tooltip label="Later" withArrow>
          <ActionIcon variant="default" size="lg" aria-label="Later weeks" onClick={() => onChange({ ...value, from: addWeeks(value.from, value.weeks) })}>
            <IconChevronRight size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Button variant="default" onClick={() => onChange({ ...value, from: weekStartOf(dayjs(), weekStart) })}>
        This week
      </Button>
      <SegmentedControl
        aria-label="Number of weeks"
        value={String(value.weeks)}
        onChange={(w) => onChange({ ...value, weeks: Number(w) })}
        data={[...new Set([...spans, value.weeks])].sort((a, b) => a - b).map((w) => ({ value: String(w), label: `${w} wk` }))}
      />
    </Group>
  );
}
