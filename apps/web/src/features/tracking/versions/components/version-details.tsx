import type { Version } from "@backlot/contracts/tracking/versions";
import { Anchor, Group, Stack, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { fileContentUrl, formatBytes } from "../../../../lib/files";
import { formatDateTime } from "../../../../lib/format";
import { ReviewStatusBadge } from "./review-status-badge";

/** What a reviewer needs to know about a version: which shot and step, who, when, what changed. */
export function VersionDetails({ orgId, version }: { orgId: string; version: Version }) {
  const f = version.file;
  return (
    <Stack gap={6} data-testid="version-details">
      <Group gap="xs" wrap="nowrap">
        <Text fw={700} fz="lg" ff="monospace">
          {version.entityCode ? `${version.entityCode} ` : ""}
          {version.label}
        </Text>
        <ReviewStatusBadge status={version.reviewStatus} />
      </Group>
      <Text fz="sm" c="dimmed">
        {version.taskTypeName}
        {version.taskName !== version.taskTypeName && ` · ${version.taskName}`} · by {version.submittedByName ?? "unknown"} ·{" "}
        {formatDateTime(version.createdAt)}
      </Text>
      {version.description && (
        <Text fz="sm" style={{ whiteSpace: "pre-wrap" }}>
          {version.description}
        </Text>
      )}
      {f && (
        <Group gap={6}>
          <Text fz="xs" c="dimmed" style={{ wordBreak: "break-all" }}>
            {f.originalName} · {formatBytes(f.sizeBytes)}
            {f.width && f.height ? ` · ${f.width}×${f.height}` : ""}
          </Text>
          <Anchor href={fileContentUrl(orgId, f.id, true)} fz="xs" aria-label={`Download ${f.originalName}`}>
            <Group gap={3} wrap="nowrap">
              <IconDownload size={13} /> Download
            </Group>
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}
