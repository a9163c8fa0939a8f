import type { Version } from "@backlot/contracts/tracking/versions";
import { Box, Center, Image, Text } from "@mantine/core";
import { IconFileOff, IconFileTypePdf, IconMovie, IconMusic, IconPlayerPlayFilled } from "@tabler/icons-react";
import { fileThumbnailUrl, mediaKind } from "../../../../lib/files";

type Props = { orgId: string; version: Version; height?: number; radius?: string };

/**
 * A version's picture: the file's thumbnail (an image's, or a video's poster frame where the
 * server has ffmpeg); a typed placeholder otherwise. 16:9, like the frames a studio reviews.
 */
export function VersionThumb({ orgId, version, height = 108, radius = "sm" }: Props) {
  const file = version.file;
  const kind = file ? mediaKind(file.contentType) : null;
  const frame = { height, aspectRatio: "16 / 9", position: "relative" as const, overflow: "hidden", borderRadius: `var(--mantine-radius-${radius})` };
  if (file?.hasThumbnail)
    return (
      <Box style={frame} bg="dark.8">
        <Image src={fileThumbnailUrl(orgId, file.id)} alt={`${version.label} thumbnail`} h="100%" w="100%" fit="contain" data-testid="version-thumbnail" />
        {kind === "video" && (
          <Center pos="absolute" inset={0}>
            <IconPlayerPlayFilled size={28} color="white" style={{ opacity: 0.85, filter: "drop-shadow(0 1px 3px rgba(0,0,0,.6))" }} />
          </Center>
        )}
      </Box>
    );
  const Icon = !file ? IconFileOff : kind === "video" ? IconMovie : kind === "audio" ? IconMusic : kind === "pdf" ? IconFileTypePdf : IconFileOff;
  return (
    <Center style={frame} bg="var(--mantine-color-default-hover)" c="dimmed" data-testid="version-placeholder">
      <Box ta="center">
        <Icon size={26} stroke={1.5} />
        <Text fz={10.5} mt={2}>
          {!file ? "No file" : kind === "video" ? "Video" : (file.contentType.split("/")[1]?.toUpperCase() ?? "File")}
        </Text>
      </Box>
    </Center>
  );
}
