import { Badge, Group, Text } from "@mantine/core";
import { IconBox, IconDoor, IconUserQuestion } from "@tabler/icons-react";
import type { TimelineRow } from "../api/timeline";
import { rowHeaderWidth } from "./grid-geometry";
import type { RowCandidate } from "./schedule-row";
import classes from "./scheduler.module.css";

const kindIcon = { room: IconDoor, equipment: IconBox, placeholder: IconUserQuestion } as const;

/** Who the row is: name and department (or studio) on top, key skills (the best three) or the ranking below. */
export function RowHeader({ row, candidate }: { row: TimelineRow; candidate?: RowCandidate }) {
  const Icon = row.kind === "person" ? null : kindIcon[row.kind];
  const detail =
    row.kind === "person"
      ? (row.group ?? "No department")
      : row.kind === "placeholder"
        ? row.title
        : [row.kind === "room" ? "Room" : "Equipment", row.group].filter(Boolean).join(" · ");
  return (
    <div className={classes.rowHeader} style={{ width: rowHeaderWidth }} data-placeholder={row.kind === "placeholder" || undefined}>
      <Group gap={6} wrap="nowrap" miw={0}>
        {Icon && <Icon size={14} stroke={1.7} style={{ flex: "none", opacity: 0.7 }} />}
        {candidate && (
          <Badge size="xs" variant="filled" color="teal" radius="sm" style={{ flex: "none" }} title={`Skill match ${Math.round(candidate.match * 100)}%`}>
            #{candidate.rank}
          </Badge>
        )}
        <Text fz={13} fw={600} truncate title={row.name} style={{ flex: "0 1 auto" }}>
          {row.name}
        </Text>
        <Text fz={11} c="dimmed" truncate ml="auto" title={detail ?? undefined} style={{ flex: "0 10 auto", minWidth: 24 }}>
          {detail}
        </Text>
      </Group>
      {(row.skills.length > 0 || candidate?.cost) && (
        <Group gap={8} wrap="nowrap" miw={0} h={14}>
          {row.skills.slice(0, 3).map((s) => (
            <Text key={s.name} fz={10} fw={600} c="dimmed" style={{ flex: "none" }}>
              {s.name}
              <Text span fz={10} fw={700} c="var(--mantine-primary-color-filled)" ml={3}>
                {s.level}
              </Text>
            </Text>
          ))}
          {candidate?.cost && (
            <Text fz={10} c="dimmed" ml="auto" style={{ flex: "none" }} title="Estimated cost for the days searched">
              {candidate.cost}
            </Text>
          )}
        </Group>
      )}
    </div>
  );
}
