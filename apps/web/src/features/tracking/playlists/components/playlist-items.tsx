import type { Version } from "@backlot/contracts/tracking/versions";
import { ActionIcon, Group, Stack, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { IconX } from "@tabler/icons-react";
import { SortableList } from "../../../../components/sortable-list";
import { formatRelative } from "../../../../lib/format";
import { ReviewStatusBadge } from "../../versions/components/review-status-badge";
import { VersionThumb } from "../../versions/components/version-thumb";

type Props = {
  orgId: string;
  items: Version[];
  canEdit: boolean;
  onReorder: (ids: string[]) => void;
  onRemove: (v: Version) => void;
  onOpen: (v: Version) => void;
};

const versionName = (v: Version) => [v.entityCode, v.taskTypeName, v.label].filter(Boolean).join(" · ");

/** A playlist's versions in playing order: drag (or space + arrows) to reorder, × to take one out. */
export function PlaylistItems({ orgId, items, canEdit, onReorder, onRemove, onOpen }: Props) {
  return (
    <SortableList
      items={items}
      getId={(v) => v.id}
      getLabel={versionName}
      onReorder={(ordered) => onReorder(ordered.map((v) => v.id))}
      disabled={!canEdit}
      testId="playlist-items"
      rowTestId="playlist-item"
      rowData={(v) => ({ "data-version": versionName(v) })}
      renderRow={(v, index) => <Row orgId={orgId} version={v} index={index} canEdit={canEdit} onRemove={onRemove} onOpen={onOpen} />}
    />
  );
}

type RowProps = { orgId: string; version: Version; index: number; canEdit: boolean; onRemove: (v: Version) => void; onOpen: (v: Version) => void };

/** What a row shows after its drag handle: position, thumbnail, names, review status, remove. */
function Row({ orgId, version: v, index, canEdit, onRemove, onOpen }: RowProps) {
  const name = versionName(v);
  return (
    <>
      <Text fz="xs" c="dimmed" w={20} ta="right" ff="monospace">
        {index + 1}
      </Text>
      <UnstyledButton onClick={() => onOpen(v)} style={{ flex: 1, minWidth: 0 }} aria-label={`Play ${name}`}>
        <Group gap="sm" wrap="nowrap">
          <VersionThumb orgId={orgId} version={v} height={48} />
          <Stack gap={2} miw={0}>
            <Text fz="sm" fw={600} truncate>
              <Text span ff="monospace" fw={700}>
                {v.entityCode ?? v.taskName}
              </Text>{" "}
              {v.taskTypeName}{" "}
              <Text span ff="monospace" c="dimmed">
                {v.label}
              </Text>
            </Text>
            <Text fz="xs" c="dimmed" truncate>
              {v.submittedByName ?? "Unknown"} · {formatRelative(v.createdAt)}
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>
      <ReviewStatusBadge status={v.reviewStatus} size="sm" />
      {canEdit && (
        <Tooltip label="Remove from playlist" withArrow>
          <ActionIcon variant="subtle" color="gray" size="sm" onClick={() => onRemove(v)} aria-label={`Remove ${name}`}>
            <IconX size={14} />
          </ActionIcon>
        </Tooltip>
      )}
    </>
  );
}
