import { ActionIcon, Box, Button, Group, SegmentedControl, Text, Tooltip } from "@mantine/core";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { addDays, formatDayRange, mondayOf } from "../api/calendar-days";
import { type RowKind, type SchedulerParams, type Zoom, zoomLevels } from "../api/scheduler-params";
import classes from "./scheduler.module.css";

type Props = { params: SchedulerParams; today: string; onChange: (patch: Partial<SchedulerParams>) => void };

/** Week navigation, zoom, and people versus rooms and equipment. */
export function SchedulerToolbar({ params, today, onChange }: Props) {
  const { days } = zoomLevels[params.zoom];
  const step = params.zoom === "weeks" ? 28 : 7;
  return (
    <Group gap="xs" wrap="wrap">
      <Group gap={4} wrap="nowrap">
        <Tooltip label={params.zoom === "weeks" ? "Four weeks back" : "A week back"}>
          <ActionIcon variant="default" size="lg" aria-label="Earlier" onClick={() => onChange({ start: addDays(params.start, -step) })}>
            <IconChevronLeft size={16} />
          </ActionIcon>
        </Tooltip>
        <Button variant="default" onClick={() => onChange({ start: mondayOf(today) })}>
          Today
        </Button>
        <Tooltip label={params.zoom === "weeks" ? "Four weeks on" : "A week on"}>
          <ActionIcon variant="default" size="lg" aria-label="Later" onClick={() => onChange({ start: addDays(params.start, step) })}>
            <IconChevronRight size={16} />
          </ActionIcon>
        </Tooltip>
        <Text fz="sm" fw={600} ml={6} data-testid="scheduler-range">
          {formatDayRange(params.start, addDays(params.start, days - 1))}
        </Text>
      </Group>
      <SegmentedControl
        size="xs"
        aria-label="Zoom"
        value={params.zoom}
        onChange={(zoom) => onChange({ zoom: zoom as Zoom })}
        data={[
          { value: "days", label: "Days" },
          { value: "weeks", label: "Weeks" },
        ]}
      />
      <SegmentedControl
        size="xs"
        aria-label="Rows"
        value={params.rows}
        onChange={(rows) => onChange({ rows: rows as RowKind })}
        data={[
          { value: "people", label: "People" },
          { value: "resources", label: "Rooms & equipment" },
        ]}
      />
    </Group>
  );
}

function Swatch({ kind }: { kind: "confirmed" | "hold" | "placeholder" | "timeoff" }) {
  const style = {
    position: "static" as const,
    width: 22,
    height: 12,
    padding: 0,
    ["--bar-color" as string]: "var(--mantine-color-indigo-filled)",
    ["--bar-light" as string]: "var(--mantine-color-indigo-light)",
  };
  if (kind === "timeoff") return <Box className={classes.timeOff} style={{ position: "static", width: 22, height: 12 }} />;
  return (
    <Box className={classes.bar} data-status={kind === "placeholder" ? "hold" : kind} data-placeholder={kind === "placeholder" || undefined} style={style} />
  );
}

/** What the bar styles mean. */
export function SchedulerLegend() {
  const items = [
    ["confirmed", "Confirmed"],
    ["hold", "Hold (1st/2nd/3rd pencil)"],
    ["placeholder", "Placeholder"],
    ["timeoff", "Time off"],
  ] as const;
  return (
    <Group gap="md" wrap="wrap">
      {items.map(([kind, label]) => (
        <Group key={kind} gap={6} wrap="nowrap">
          <Swatch kind={kind} />
          <Text fz="xs" c="dimmed">
            {label}
          </Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap">
        <Box w={22} h={12} style={{ borderRadius: 4, boxShadow: "0 0 0 2px var(--mantine-color-orange-5)" }} />
        <Text fz="xs" c="dimmed">
          Challenged
        </Text>
      </Group>
    </Group>
  );
}
