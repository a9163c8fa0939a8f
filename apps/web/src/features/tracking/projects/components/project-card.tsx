import type { Project } from "@backlot/contracts/tracking/projects";
import { Box, Card, Group, Progress, Stack, Text, Tooltip } from "@mantine/core";
import { IconBuildingSkyscraper, IconCalendar } from "@tabler/icons-react";
import dayjs from "dayjs";
import { Link } from "react-router";
import { formatRelative } from "../../../../lib/format";
import { KindBadge, ProjectBadges } from "./project-badges";
import { dateRange, kindColors } from "./project-labels";

/** Share of the schedule already elapsed, for running projects with both dates. */
function elapsed(p: Project): number | null {
  if (!p.startDate || !p.endDate || p.archivedAt || p.status === "wrapped") return null;
  const start = dayjs(p.startDate);
  const total = dayjs(p.endDate).diff(start, "day") + 1;
  const done = dayjs().diff(start, "day");
  if (total <= 0 || done < 0) return null;
  return Math.min(100, Math.round((done / total) * 100));
}

export function ProjectCard({ orgId, project: p }: { orgId: string; project: Project }) {
  const range = dateRange(p.startDate, p.endDate);
  const progress = elapsed(p);
  return (
    <Card
      component={Link}
      to={`/o/${orgId}/tracking/projects/${p.id}`}
      withBorder
      radius="md"
      padding="md"
      data-testid="project-card"
      style={{ borderTop: `3px solid var(--mantine-color-${kindColors[p.kind]}-filled)`, opacity: p.archivedAt ? 0.75 : 1 }}
    >
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Box miw={0}>
            <Text fw={650} fz="md" truncate>
              {p.name}
            </Text>
            <Text fz="xs" c="dimmed" ff="monospace">
              {p.code}
            </Text>
          </Box>
          <ProjectBadges project={p} withKind={false} />
        </Group>
        <Stack gap={4} fz="sm">
          <Group gap={6} wrap="nowrap" c={p.clientName ? undefined : "dimmed"}>
            <IconBuildingSkyscraper size={14} stroke={1.7} />
            <Text fz="sm" truncate>
              {p.clientName ?? "No client"}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap" c={range ? undefined : "dimmed"}>
            <IconCalendar size={14} stroke={1.7} />
            <Text fz="sm" truncate>
              {range ?? "No dates yet"}
            </Text>
          </Group>
        </Stack>
        <Box mt="auto">
          {progress !== null && (
            <Tooltip label={`${progress}% of the schedule has passed`} withArrow openDelay={300}>
              <Progress value={progress} size="xs" color={kindColors[p.kind]} mb={8} aria-label="Schedule elapsed" />
            </Tooltip>
          )}
          <Group justify="space-between" gap="xs">
            <KindBadge project={p} />
            <Text fz="xs" c="dimmed">
              Updated {formatRelative(p.updatedAt)}
            </Text>
          </Group>
        </Box>
      </Stack>
    </Card>
  );
}
