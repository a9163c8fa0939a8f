import { DndContext, type DragEndEvent, DragOverlay, type DragStartEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import type { TaskListItem } from "@backlot/contracts/tracking/tasks";
import { ScrollArea } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { BoardColumn, type BoardColumnDef } from "./board-column";
import classes from "./task-board.module.css";

type Props = {
  orgId: string;
  columns: BoardColumnDef[];
  canDrag: boolean;
  renderCard: (task: TaskListItem, dragging: boolean) => ReactNode;
  /** A card was dropped on a column (possibly its own: the caller knows what "the same" means). */
  onMove: (task: TaskListItem, column: BoardColumnDef) => void;
};

/** A kanban board (TRK-8): columns load their own tasks; dragging a card to a column changes its status. */
export function TaskBoard({ orgId, columns, canDrag, renderCard, onMove }: Props) {
  const [dragging, setDragging] = useState<TaskListItem | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));

  const onDragStart = ({ active }: DragStartEvent) => setDragging((active.data.current as { task: TaskListItem }).task);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const task = (active.data.current as { task: TaskListItem } | undefined)?.task;
    const column = (over?.data.current as { column: BoardColumnDef } | undefined)?.column;
    if (task && column) onMove(task, column);
  };

  return (
    <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
      <ScrollArea type="auto" offsetScrollbars>
        <div className={classes.board} data-testid="task-board">
          {columns.map((c) => (
            <BoardColumn key={c.id} orgId={orgId} column={c} canDrag={canDrag} renderCard={renderCard} />
          ))}
        </div>
      </ScrollArea>
      <DragOverlay dropAnimation={null}>{dragging ? renderCard(dragging, true) : null}</DragOverlay>
    </DndContext>
  );
}
