import type { Timeline } from "@backlot/contracts/booking/timeline";
import { Anchor, Badge, Group, Paper, Progress, Table, Text } from "@mantine/core";
import { IconDiamond } from "@tabler/icons-react";
import type { Editing } from "./timeline-tab";
import { brokenLinks, shortDate, spanDays } from "./timeline-bars";

type Props = { timeline: Timeline; onOpen: (e: Editing) => void };

/** The timeline as a table: exact dates, what each phase waits for, and a way in for keyboards. */
export function TimelineList({ timeline, onOpen }: Props) {
  const names = new Map(timeline.phases.map((p) => [p.id, p.name]));
  const broken = new Set(brokenLinks(timeline.phases, timeline.dependencies).map((d) => d.successorId));
  const rows = [
    ...timeline.phases.map((p) => {
      const waitsFor = timeline.dependencies.filter((d) => d.successorId === p.id);
      return (
        <Table.Tr key={p.id} data-testid="timeline-phase-row">
          <Table.Td>
            <Group gap={8} wrap="nowrap">
              <span style={{ width: 10, height: 10, borderRadius: 3, background: p.color, flex: "none" }} />
              <Anchor component="button" type="button" fz="sm" fw={600} onClick={() => onOpen({ kind: "phase", id: p.id })}>
                {p.name}
              </Anchor>
              {broken.has(p.id) && (
                <Badge size="xs" color="red" variant="light">
                  starts too early
                </Badge>
              )}
            </Group>
          </Table.Td>
          <Table.Td data-testid="timeline-phase-dates">
            {shortDate(p.startDate)} – {shortDate(p.endDate)}
          </Table.Td>
          <Table.Td c="dimmed">{spanDays(p)} d</Table.Td>
          <Table.Td>
            <Group gap={6} wrap="nowrap" title={p.tasks ? `${p.tasks.approved} of ${p.tasks.total} tasks approved` : "Set by hand"}>
              <Progress value={p.progress} w={80} size="sm" color={p.color} aria-label={`${p.name} progress`} />
              <Text fz="xs" c="dimmed">
                {p.progress}%{p.tasks ? ` · ${p.tasks.approved}/${p.tasks.total} tasks` : ""}
              </Text>
            </Group>
          </Table.Td>
          <Table.Td fz="xs" c="dimmed">
            {waitsFor.map((d) => `${names.get(d.predecessorId) ?? "?"}${d.lagDays ? ` +${d.lagDays}d` : ""}`).join(", ") || "—"}
          </Table.Td>
        </Table.Tr>
      );
    }),
    ...timeline.milestones.map((m) => (
      <Table.Tr key={m.id} data-testid="timeline-milestone-row">
        <Table.Td>
          <Group gap={8} wrap="nowrap">
            <IconDiamond size={12} color={m.done ? "var(--mantine-color-teal-6)" : "var(--mantine-color-yellow-6)"} />
            <Anchor component="button" type="button" fz="sm" onClick={() => onOpen({ kind: "milestone", id: m.id })}>
              {m.name}
            </Anchor>
            {m.done && (
              <Badge size="xs" color="teal" variant="light">
                done
              </Badge>
            )}
          </Group>
        </Table.Td>
        <Table.Td>{shortDate(m.date)}</Table.Td>
        <Table.Td c="dimmed">milestone</Table.Td>
        <Table.Td />
        <Table.Td fz="xs" c="dimmed">
          {m.phaseId ? `closes ${names.get(m.phaseId) ?? "?"}` : "—"}
        </Table.Td>
      </Table.Tr>
    )),
  ];
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing={6} fz="sm" aria-label="Phases and milestones">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Phase or milestone</Table.Th>
            <Table.Th>Dates</Table.Th>
            <Table.Th>Length</Table.Th>
            <Table.Th>Progress</Table.Th>
            <Table.Th>Waits for</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows}</Table.Tbody>
      </Table>
    </Paper>
  );
}
