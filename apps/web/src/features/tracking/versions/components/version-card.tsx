import type { Version } from "@backlot/contracts/tracking/versions";
import { Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { formatBytes } from "../../../../lib/files";
import { formatRelative } from "../../../../lib/format";
import { ReviewStatusBadge } from "./review-status-badge";
import { VersionThumb } from "./version-thumb";

type Props = { orgId: string; version: Version; onOpen: (v: Version) => void; selected?: boolean };

/** A version in a task's list: picture, number, review status, who submitted it and when. */
export function VersionCard({ orgId, version, onOpen, selected }: Props) {
  return (
    <UnstyledButton onClick={() => onOpen(version)} aria-label={`Open ${version.label}`} w="100%">
      <Paper
        withBorder
        radius="md"
        p={8}
        data-testid="version-card"
        data-version={version.label}
        style={selected ? { borderColor: "var(--mantine-primary-color-filled)" } : undefined}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <VersionThumb orgId={orgId} version={version} height={72} />
          <Stack gap={4} miw={0} style={{ flex: 1 }}>
            <Group gap={8} wrap="nowrap">
              <Text fw={700} ff="monospace" fz="sm">
                {version.label}
              </Text>
              <ReviewStatusBadge status={version.reviewStatus} size="sm" />
            </Group>
            <Text fz="xs" c="dimmed" truncate>
              {version.submittedByName ?? "Unknown"} · {formatRelative(version.createdAt)}
              {version.file && ` · ${formatBytes(version.file.sizeBytes)}`}
            </Text>
            {version.description && (
              <Text fz="xs" lineClamp={2}>
                {version.description}
              </Text>
            )}
          </Stack>
        </Group>
      </Paper>
    </UnstyledButton>
  );
}
