import type { Project } from "@backlot/contracts/tracking/projects";
import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { formatDateTime } from "../../../../lib/format";
import { useProjectConfig } from "../../config/api/config-api";
import { StatusPill } from "../../config/components/status-pill";
import { useSlots } from "../../slots/api/slots-api";
import { templateInfo } from "./project-labels";

type Props = { orgId: string; project: Project };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Text fz="xs" c="dimmed" w={86} style={{ flexShrink: 0 }} pt={2}>
        {label}
      </Text>
      <div style={{ minWidth: 0, flex: 1 }}>{children}</div>
    </Group>
  );
}

/** A summary of the project's pipeline and crew, with links to the tabs that change them. */
export function ProjectGlance({ orgId, project }: Props) {
  const config = useProjectConfig(orgId, project.id);
  const slots = useSlots(orgId, project.id);
  const base = `/o/${orgId}/tracking/projects/${project.id}`;
  const steps = config.data?.taskTypes.filter((t) => !t.archivedAt) ?? [];
  const statuses = config.data?.statuses.filter((s) => !s.archivedAt).sort((a, b) => a.sortOrder - b.sortOrder) ?? [];
  const activeSlots = slots.data?.filter((s) => !s.archivedAt) ?? [];
  const template = project.template ? templateInfo[project.template as keyof typeof templateInfo] : undefined;

  return (
    <Paper withBorder radius="md" p="md" data-testid="project-glance">
      <Title order={3} fz="sm" fw={650} mb="sm">
        At a glance
      </Title>
      <Stack gap="sm">
        <Row label="Template">
          <Text fz="sm">{template?.label ?? "—"}</Text>
        </Row>
        <Row label="Pipeline">
          {config.isPending ? (
            <Skeleton h={14} w="70%" />
          ) : config.isError ? (
            <Text fz="sm" c="dimmed">
              Could not load
            </Text>
          ) : (
            <Stack gap={2}>
              {(config.data?.entityTypes ?? [])
                .map((e) => ({ name: e.name, count: steps.filter((t) => t.entityTypeKey === e.key).length }))
                .filter((e) => e.count > 0)
                .map((e) => (
                  <Text key={e.name} fz="sm">
                    {e.name}: {e.count} {e.count === 1 ? "step" : "steps"}
                  </Text>
                ))}
              {steps.length === 0 && (
                <Text fz="sm" c="dimmed">
                  No steps yet
                </Text>
              )}
              <Anchor component={Link} to={`${base}/pipeline`} fz="xs">
                Pipeline settings
              </Anchor>
            </Stack>
          )}
        </Row>
        <Row label="Statuses">
          {config.isPending ? (
            <Skeleton h={20} />
          ) : (
            <Group gap={4}>
              {statuses.map((s) => (
                <StatusPill key={s.id} name={s.name} shortCode={s.shortCode} color={s.color} size="xs" />
              ))}
            </Group>
          )}
        </Row>
        <Row label="Team">
          {slots.isPending ? (
            <Skeleton h={14} w="50%" />
          ) : (
            <Stack gap={2}>
              <Text fz="sm">
                {activeSlots.filter((s) => s.personId).length} of {activeSlots.length} roles filled
              </Text>
              <Anchor component={Link} to={`${base}/team`} fz="xs">
                Manage team
              </Anchor>
            </Stack>
          )}
        </Row>
        <Row label="Created">
          <Text fz="sm">{formatDateTime(project.createdAt)}</Text>
        </Row>
      </Stack>
    </Paper>
  );
}
