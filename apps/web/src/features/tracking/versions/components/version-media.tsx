import { Anchor, Center, Stack, Text } from "@mantine/core";
import { IconFileOff, IconFileTypePdf } from "@tabler/icons-react";
import { mediaKind } from "../../../../lib/files";

export type MediaSource = { name: string; contentType: string; contentUrl: string; thumbnailUrl: string | null };

/**
 * A version's media at review size on a dark stage: the full image, or the video with its
 * poster frame and controls. Shared by the dailies screen and the client's review page.
 */
export function VersionMedia({ media, height = 520 }: { media: MediaSource | null; height?: number | string }) {
  const stage = { height, background: "#0b0c0e", borderRadius: 6, overflow: "hidden" as const };
  if (!media)
    return (
      <Center style={stage} c="gray.6">
        <Stack align="center" gap={4}>
          <IconFileOff size={34} stroke={1.4} />
          <Text fz="sm">This version has no file.</Text>
        </Stack>
      </Center>
    );
  const kind = mediaKind(media.contentType);
  return (
    <Center style={stage} data-testid="version-media">
      {kind === "image" && (
        <img src={media.contentUrl} alt={media.name} style={{ maxWidth: "100%", maxHeight: "100%", objectFit: "contain", display: "block" }} />
      )}
      {kind === "video" && (
        // biome-ignore lint/a11y/useMediaCaption: dailies are silent work-in-progress renders with no caption track
        <video
          key={media.contentUrl}
          src={media.contentUrl}
          poster={media.thumbnailUrl ?? undefined}
          controls
          style={{ maxWidth: "100%", maxHeight: "100%", display: "block" }}
        />
      )}
      {kind === "audio" && (
        // biome-ignore lint/a11y/useMediaCaption: temp sound for review; no caption track exists
        <audio src={media.contentUrl} controls />
      )}
      {(kind === "pdf" || kind === "other") && (
        <Stack align="center" gap={6} c="gray.5">
          <IconFileTypePdf size={40} stroke={1.3} />
          <Anchor href={media.contentUrl} target="_blank" rel="noreferrer" c="gray.3">
            Open {media.name}
          </Anchor>
        </Stack>
      )}
    </Center>
  );
}
