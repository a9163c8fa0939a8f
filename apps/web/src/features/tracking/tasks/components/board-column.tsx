import { useDraggable, useDroppable } from "@dnd-kit/core";
import type { TaskListItem } from "@backlot/contracts/tracking/tasks";
import { Box, Button, Group, Paper, ScrollArea, Skeleton, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { ErrorState } from "../../../../components/error-state";
import { type TaskListParams, useTaskList } from "../api/tasks-api";
import classes from "./task-board.module.css";

export type BoardColumnDef = {
  id: string;
  title: ReactNode;
  accent: string;
  projectId: string | null;
  query: TaskListParams;
  /** What dropping a card here means. */
  target: { statusId?: string; state?: string };
};

type Props = {
  orgId: string;
  column: BoardColumnDef;
  canDrag: boolean;
  renderCard: (task: TaskListItem, dragging: boolean) => ReactNode;
};

function DraggableCard({ task, disabled, children }: { task: TaskListItem; disabled: boolean; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: task.id, data: { task }, disabled });
  return (
    <div ref={setNodeRef} {...attributes} {...listeners} style={{ opacity: isDragging ? 0.35 : 1, touchAction: "none" }}>
      {children}
    </div>
  );
}

/** One status (or state) column: its own cursor-paged task list, a drop target for cards. */
export function BoardColumn({ orgId, column, canDrag, renderCard }: Props) {
  const tasks = useTaskList(orgId, column.projectId, column.query);
  const { setNodeRef, isOver } = useDroppable({ id: column.id, data: { column } });
  const items = tasks.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Paper ref={setNodeRef} radius="md" className={classes.column} data-over={isOver || undefined} data-testid="board-column" data-column={column.id}>
      <Box className={classes.columnHeader} style={{ boxShadow: `inset 0 3px 0 ${column.accent}` }}>
        <Group justify="space-between" wrap="nowrap">
          {column.title}
          <Text fz="xs" c="dimmed" fw={600}>
            {tasks.isPending ? "" : `${items.length}${tasks.hasNextPage ? "+" : ""}`}
          </Text>
        </Group>
      </Box>
      <ScrollArea className={classes.columnBody} type="auto" offsetScrollbars>
        <Stack gap={8} p={8} mih={120}>
          {tasks.isPending && ["a", "b", "c"].map((k) => <Skeleton key={k} h={74} radius="md" />)}
          {tasks.isError && <ErrorState error={tasks.error} title="Could not load" onRetry={() => tasks.refetch()} />}
          {tasks.isSuccess && items.length === 0 && (
            <Text fz="xs" c="dimmed" ta="center" py="lg">
              Nothing here
            </Text>
          )}
          {items.map((task) => (
            <DraggableCard key={task.id} task={task} disabled={!canDrag}>
              {renderCard(task, false)}
            </DraggableCard>
          ))}
          {tasks.hasNextPage && (
            <Button variant="subtle" size="xs" loading={tasks.isFetchingNextPage} onClick={() => tasks.fetchNextPage()}>
              Load more
            </Button>
          )}
        </Stack>
      </ScrollArea>
    </Paper>
  );
}
