import type { Utilization } from "@backlot/contracts/booking/utilization";
import { Group, Paper, RingProgress, SimpleGrid, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconClockHour4, IconPencil, IconUsers } from "@tabler/icons-react";
import { hours, percent } from "./weeks";

function Stat({ label, value, detail, icon, color }: { label: string; value: string; detail?: string; icon: React.ReactNode; color: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={650} lts={0.4}>
            {label}
          </Text>
          <Text fz={22} fw={700} lh={1.2}>
            {value}
          </Text>
          {detail && (
            <Text fz="xs" c="dimmed">
              {detail}
            </Text>
          )}
        </Stack>
        <ThemeIcon variant="light" color={color} size="lg" radius="md">
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}

/** Totals over the whole range, for people rows. */
export function UtilizationSummary({ data }: { data: Utilization }) {
  const sum = (f: (r: Utilization["rows"][number]) => number) => data.rows.reduce((s, r) => s + f(r), 0);
  const capacity = sum((r) => r.totals.capacityHours);
  const booked = sum((r) => r.totals.bookedHours);
  const held = sum((r) => r.totals.tentativeHours);
  const over = data.rows.filter((r) => r.weeks.some((w) => w.overAllocated)).length;
  const u = capacity > 0 ? booked / capacity : null;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
      <Paper withBorder radius="md" p="md">
        <Group wrap="nowrap" gap="md">
          <RingProgress size={64} thickness={7} roundCaps sections={[{ value: Math.min(100, (u ?? 0) * 100), color: (u ?? 0) > 1 ? "red" : "teal" }]} />
          <Stack gap={2}>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={650} lts={0.4}>
              Utilization
            </Text>
            <Text fz={22} fw={700} lh={1.2} data-testid="utilization-total">
              {percent(u)}
            </Text>
            <Text fz="xs" c="dimmed">
              confirmed of capacity
            </Text>
          </Stack>
        </Group>
      </Paper>
      <Stat label="Booked" value={hours(booked)} detail={`of ${hours(capacity)} capacity`} icon={<IconClockHour4 size={18} />} color="teal" />
      <Stat label="On hold" value={hours(held)} detail="pencilled, not confirmed" icon={<IconPencil size={18} />} color="yellow" />
      <Stat
        label="Over-allocated"
        value={`${over} ${over === 1 ? "person" : "people"}`}
        detail={`of ${data.rows.length} in this view`}
        icon={over > 0 ? <IconAlertTriangle size={18} /> : <IconUsers size={18} />}
        color={over > 0 ? "red" : "gray"}
      />
    </SimpleGrid>
  );
}
