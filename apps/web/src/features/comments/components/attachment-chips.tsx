import { ActionIcon, Group, Paper, Progress, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconFile, IconX } from "@tabler/icons-react";
import { formatBytes } from "../../../lib/files";
import type { Attachment } from "../api/use-attachments";

/** Files being attached to a comment: progress while uploading, the reason when refused. */
export function AttachmentChips({ items, onRemove }: { items: Attachment[]; onRemove: (key: string) => void }) {
  if (items.length === 0) return null;
  return (
    <Group gap={6} data-testid="attachment-chips">
      {items.map((a) => (
        <Paper key={a.key} withBorder radius="sm" px={8} py={4} maw={280} bg={a.error ? "var(--mantine-color-red-light)" : undefined}>
          <Group gap={6} wrap="nowrap">
            {a.error ? <IconAlertCircle size={15} color="var(--mantine-color-red-6)" /> : <IconFile size={15} />}
            <Stack gap={2} miw={0} style={{ flex: 1 }}>
              <Text fz="xs" fw={500} truncate>
                {a.name}
              </Text>
              {a.error ? (
                <Text fz={11} c="red" role="alert">
                  {a.error}
                </Text>
              ) : a.file ? (
                <Text fz={11} c="dimmed">
                  {formatBytes(a.size)}
                </Text>
              ) : (
                <Progress size={4} value={a.progress * 100} aria-label={`Uploading ${a.name}`} />
              )}
            </Stack>
            <ActionIcon size="sm" variant="subtle" color="gray" onClick={() => onRemove(a.key)} aria-label={`Remove ${a.name}`}>
              <IconX size={13} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
    </Group>
  );
}
