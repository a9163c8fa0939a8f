import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { restrictToVerticalAxis } from "@dnd-kit/modifiers";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { Version } from "@backlot/contracts/tracking/versions";
import { ActionIcon, Box, Group, Stack, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { IconGripVertical, IconX } from "@tabler/icons-react";
import { formatRelative } from "../../../../lib/format";
import { ReviewStatusBadge } from "../../versions/components/review-status-badge";
import { VersionThumb } from "../../versions/components/version-thumb";
import classes from "./playlist-items.module.css";

type Props = {
  orgId: string;
  items: Version[];
  canEdit: boolean;
  onReorder: (ids: string[]) => void;
  onRemove: (v: Version) => void;
  onOpen: (v: Version) => void;
};

/** A playlist's versions in playing order: drag (or space + arrows) to reorder, × to take one out. */
export function PlaylistItems({ orgId, items, canEdit, onReorder, onRemove, onOpen }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((v) => v.id);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onReorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} modifiers={[restrictToVerticalAxis]}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <div data-testid="playlist-items">
          {items.map((v, i) => (
            <Row key={v.id} orgId={orgId} version={v} index={i} canEdit={canEdit} onRemove={onRemove} onOpen={onOpen} />
          ))}
        </div>
      </SortableContext>
    </DndContext>
  );
}

type RowProps = { orgId: string; version: Version; index: number; canEdit: boolean; onRemove: (v: Version) => void; onOpen: (v: Version) => void };

function Row({ orgId, version: v, index, canEdit, onRemove, onOpen }: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: v.id, disabled: !canEdit });
  const name = [v.entityCode, v.taskTypeName, v.label].filter(Boolean).join(" · ");
  return (
    <Box
      ref={setNodeRef}
      className={classes.row}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="playlist-item"
      data-version={name}
    >
      {canEdit && (
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          size="sm"
          className={classes.handle}
          aria-label={`Move ${name}`}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={14} />
        </ActionIcon>
      )}
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
    </Box>
  );
}
