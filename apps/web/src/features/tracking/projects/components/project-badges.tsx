import type { Project } from "@backlot/contracts/tracking/projects";
import { Badge, Group } from "@mantine/core";
import { kindColors, kindLabels, statusColors, statusLabels } from "./project-labels";

/** Status (or "Archived", which overrides it) and kind, as every project screen shows them. */
export function ProjectBadges({ project, withKind = true }: { project: Project; withKind?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      {project.archivedAt ? (
        <Badge color="gray" variant="filled" size="sm" radius="sm">
          Archived
        </Badge>
      ) : (
        <Badge color={statusColors[project.status]} variant="light" size="sm" radius="sm" data-testid="project-status">
          {statusLabels[project.status]}
        </Badge>
      )}
      {withKind && <KindBadge project={project} />}
    </Group>
  );
}

export function KindBadge({ project }: { project: Pick<Project, "kind"> }) {
  return (
    <Badge color={kindColors[project.kind]} variant="outline" size="sm" radius="sm">
      {kindLabels[project.kind]}
    </Badge>
  );
}
