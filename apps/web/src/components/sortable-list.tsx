import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { restrictToVerticalAxis } from "@dnd-kit/modifiers";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ActionIcon, Box } from "@mantine/core";
import { IconGripVertical } from "@tabler/icons-react";
import type { ReactNode } from "react";
import classes from "./sortable-list.module.css";

type Props<T> = {
  items: T[];
  getId: (item: T) => string;
  /** Names the row's drag handle ("Move …") for screen readers and tests. */
  getLabel: (item: T) => string;
  /** Called with the items in their new order after a drop. */
  onReorder: (ordered: T[]) => void;
  /** Read only: no drag handles. */
  disabled?: boolean;
  renderRow: (item: T, index: number) => ReactNode;
  /** Test ids of the list and of each row, and extra data attributes of a row. */
  testId?: string;
  rowTestId?: string;
  rowData?: (item: T) => Record<`data-${string}`, string>;
};

/** Rows that can be dragged into a new order by their handle, or moved with the keyboard (space, arrows). */
export function SortableList<T>({ items, getId, getLabel, onReorder, disabled, renderRow, testId, rowTestId = "sortable-row", rowData }: Props<T>) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map(getId);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onReorder(arrayMove(items, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} modifiers={[restrictToVerticalAxis]}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <div className={classes.list} data-testid={testId}>
          {items.map((item, index) => (
            <SortableRow key={getId(item)} id={getId(item)} label={getLabel(item)} disabled={disabled} testId={rowTestId} data={rowData?.(item)}>
              {renderRow(item, index)}
            </SortableRow>
          ))}
        </div>
      </SortableContext>
    </DndContext>
  );
}

type RowProps = { id: string; label: string; disabled?: boolean; testId: string; data?: Record<string, string>; children: ReactNode };

function SortableRow({ id, label, disabled, testId, data, children }: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  return (
    <Box
      ref={setNodeRef}
      className={classes.row}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid={testId}
      {...data}
    >
      {!disabled && (
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          size="sm"
          className={classes.handle}
          aria-label={`Move ${label}`}
          {...attributes}
          {...listeners}
        >
          <IconGripVertical size={14} />
        </ActionIcon>
      )}
      {children}
    </Box>
  );
}
