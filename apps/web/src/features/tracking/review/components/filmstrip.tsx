import type { Version } from "@backlot/contracts/tracking/versions";
import { Box, Group, ScrollArea, Text, UnstyledButton } from "@mantine/core";
import { useEffect, useRef } from "react";
import { reviewStatusMeta } from "../../versions/components/review-status-badge";
import { VersionThumb } from "../../versions/components/version-thumb";

type Props = { orgId: string; items: Version[]; currentId: string; onSelect: (v: Version) => void };

/** The playlist as a strip of frames under the player; the current one is outlined and kept in view. */
export function Filmstrip({ orgId, items, currentId, onSelect }: Props) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  // Braces matter: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    refs.current.get(currentId)?.scrollIntoView({ block: "nearest", inline: "nearest", behavior: "smooth" });
  }, [currentId]);
  return (
    <ScrollArea type="auto" offsetScrollbars data-testid="filmstrip">
      <Group gap={8} wrap="nowrap" p={4}>
        {items.map((v, i) => {
          const current = v.id === currentId;
          return (
            <UnstyledButton
              key={v.id}
              ref={(el) => {
                if (el) refs.current.set(v.id, el);
                else refs.current.delete(v.id);
              }}
              onClick={() => onSelect(v)}
              aria-label={`Play ${i + 1}: ${v.entityCode ?? v.taskName} ${v.label}`}
              aria-current={current || undefined}
              style={{ borderRadius: 6, outline: current ? "2px solid var(--mantine-primary-color-filled)" : "none", outlineOffset: 2, flex: "none" }}
            >
              <Box w={136}>
                <VersionThumb orgId={orgId} version={v} height={76} />
                <Group gap={4} mt={4} wrap="nowrap" justify="space-between">
                  <Text fz={11} fw={current ? 700 : 500} ff="monospace" truncate>
                    {i + 1}. {v.entityCode ?? v.taskName} {v.label}
                  </Text>
                  <Box
                    w={8}
                    h={8}
                    style={{ borderRadius: 8, flex: "none", background: `var(--mantine-color-${reviewStatusMeta[v.reviewStatus].color}-6)` }}
                    title={reviewStatusMeta[v.reviewStatus].label}
                  />
                </Group>
              </Box>
            </UnstyledButton>
          );
        })}
      </Group>
    </ScrollArea>
  );
}
