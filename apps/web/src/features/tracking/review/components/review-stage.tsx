import type { Version } from "@backlot/contracts/tracking/versions";
import { Button, Group, Stack, Text } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconArrowLeft, IconArrowRight } from "@tabler/icons-react";
import { VersionMedia } from "../../versions/components/version-media";
import { versionSource } from "../../versions/components/version-source";
import { Filmstrip } from "./filmstrip";

type Props = { orgId: string; items: Version[]; index: number; onGo: (v: Version | undefined) => void };

/** The player: the current version large, previous/next (also ← and →), and the playlist strip. */
export function ReviewStage({ orgId, items, index, onGo }: Props) {
  const current = items[index];
  useHotkeys([
    ["ArrowLeft", () => onGo(items[index - 1])],
    ["ArrowRight", () => onGo(items[index + 1])],
  ]);
  if (!current) return null;
  return (
    <Stack gap="xs" miw={0}>
      <VersionMedia media={versionSource(orgId, current)} height="max(360px, calc(100vh - 350px))" />
      <Group justify="space-between">
        <Button variant="default" size="xs" leftSection={<IconArrowLeft size={14} />} onClick={() => onGo(items[index - 1])} disabled={index === 0}>
          Previous
        </Button>
        <Text fz="sm" c="dimmed" data-testid="review-position">
          {index + 1} of {items.length}
        </Text>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconArrowRight size={14} />}
          onClick={() => onGo(items[index + 1])}
          disabled={index >= items.length - 1}
        >
          Next
        </Button>
      </Group>
      <Filmstrip orgId={orgId} items={items} currentId={current.id} onSelect={onGo} />
    </Stack>
  );
}
