import type { FileInfo } from "@backlot/contracts/core/files";
import { Anchor, Group, Image, Paper, Text } from "@mantine/core";
import { IconDownload, IconFile, IconFileTypePdf, IconMovie, IconMusic } from "@tabler/icons-react";
import { fileContentUrl, fileThumbnailUrl, formatBytes, mediaKind } from "../../../lib/files";

const icons = { video: IconMovie, audio: IconMusic, pdf: IconFileTypePdf, image: IconFile, other: IconFile };

/** A posted comment's attachments: image thumbnails, and a download chip for anything else. */
export function AttachmentList({ orgId, files }: { orgId: string; files: FileInfo[] }) {
  if (files.length === 0) return null;
  return (
    <Group gap={8} mt={6} data-testid="comment-attachments">
      {files.map((f) => {
        const Icon = icons[mediaKind(f.contentType)];
        if (f.hasThumbnail)
          return (
            <Anchor key={f.id} href={fileContentUrl(orgId, f.id)} target="_blank" rel="noreferrer" title={f.originalName}>
              <Image src={fileThumbnailUrl(orgId, f.id)} alt={f.originalName} h={72} w="auto" maw={160} radius="sm" fit="cover" />
            </Anchor>
          );
        return (
          <Paper key={f.id} withBorder radius="sm" px={8} py={4}>
            <Anchor href={fileContentUrl(orgId, f.id, true)} c="inherit" underline="never" fz="xs">
              <Group gap={6} wrap="nowrap">
                <Icon size={15} />
                <Text fz="xs" fw={500} truncate maw={200}>
                  {f.originalName}
                </Text>
                <Text fz={11} c="dimmed">
                  {formatBytes(f.sizeBytes)}
                </Text>
                <IconDownload size={13} />
              </Group>
            </Anchor>
          </Paper>
        );
      })}
    </Group>
  );
}
