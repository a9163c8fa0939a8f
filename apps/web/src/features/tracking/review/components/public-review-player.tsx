import type { PublicReview } from "@backlot/contracts/tracking/review-links";
import { Box, Button, Group, Image, Paper, ScrollArea, Stack, Text, UnstyledButton } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconArrowLeft, IconArrowRight, IconPhoto } from "@tabler/icons-react";
import { useState } from "react";
import { ReviewStatusBadge } from "../../versions/components/review-status-badge";
import { VersionMedia } from "../../versions/components/version-media";
import { PublicNotes } from "./public-notes";

type Item = PublicReview["items"][number];
type Props = { token: string; password: string | null; review: PublicReview };

function Thumb({ item, current, index, onClick }: { item: Item; current: boolean; index: number; onClick: () => void }) {
  return (
    <UnstyledButton
      onClick={onClick}
      aria-label={`Play ${index + 1}: ${item.entityCode ?? item.taskName} ${item.label}`}
      aria-current={current || undefined}
      style={{ borderRadius: 6, outline: current ? "2px solid var(--mantine-primary-color-filled)" : "none", outlineOffset: 2, flex: "none" }}
    >
      <Box w={136}>
        {item.media?.thumbnailUrl ? (
          <Image src={item.media.thumbnailUrl} alt="" h={76} w={136} fit="contain" radius="sm" bg="dark.8" />
        ) : (
          <Box h={76} w={136} bg="var(--mantine-color-default-hover)" style={{ borderRadius: 4, display: "grid", placeItems: "center" }}>
            <IconPhoto size={22} color="var(--mantine-color-dimmed)" />
          </Box>
        )}
        <Text fz={11} mt={4} fw={current ? 700 : 500} ff="monospace" truncate>
          {index + 1}. {item.entityCode ?? item.taskName} {item.label}
        </Text>
      </Box>
    </UnstyledButton>
  );
}

/** The client's player: one version at a time, the strip of all of them, notes beside. */
export function PublicReviewPlayer({ token, password, review }: Props) {
  const [index, setIndex] = useState(0);
  const items = review.items;
  const item = items[Math.min(index, items.length - 1)];
  useHotkeys([
    ["ArrowLeft", () => setIndex((i) => Math.max(0, i - 1))],
    ["ArrowRight", () => setIndex((i) => Math.min(items.length - 1, i + 1))],
  ]);
  if (!item) return null;
  return (
    <Box style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) 380px", gap: "var(--mantine-spacing-md)" }} data-testid="public-review">
      <Stack gap="xs" miw={0}>
        <VersionMedia media={item.media} height="max(360px, calc(100vh - 380px))" />
        <Group justify="space-between">
          <Button variant="default" size="xs" leftSection={<IconArrowLeft size={14} />} disabled={index === 0} onClick={() => setIndex(index - 1)}>
            Previous
          </Button>
          <Text fz="sm" c="dimmed">
            {index + 1} of {items.length}
          </Text>
          <Button
            variant="default"
            size="xs"
            rightSection={<IconArrowRight size={14} />}
            disabled={index >= items.length - 1}
            onClick={() => setIndex(index + 1)}
          >
            Next
          </Button>
        </Group>
        <ScrollArea type="auto" offsetScrollbars>
          <Group gap={8} wrap="nowrap" p={4}>
            {items.map((it, i) => (
              <Thumb key={it.versionId} item={it} index={i} current={i === index} onClick={() => setIndex(i)} />
            ))}
          </Group>
        </ScrollArea>
      </Stack>
      <Paper withBorder radius="md" p="md">
        <Stack gap="md">
          <Stack gap={4}>
            <Group gap="xs">
              <Text fw={700} fz="lg" ff="monospace">
                {item.entityCode ? `${item.entityCode} ` : ""}
                {item.label}
              </Text>
              <ReviewStatusBadge status={item.reviewStatus} />
            </Group>
            <Text fz="sm" c="dimmed">
              {item.taskName}
            </Text>
            {item.description && (
              <Text fz="sm" style={{ whiteSpace: "pre-wrap" }}>
                {item.description}
              </Text>
            )}
          </Stack>
          <PublicNotes key={item.versionId} token={token} password={password} item={item} />
        </Stack>
      </Paper>
    </Box>
  );
}
