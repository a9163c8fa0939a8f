import { Drawer } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTaskParam } from "../api/open-task";
import { DrawerSkeleton } from "./drawer-skeleton";

/** The body's code (comments, versions, time, history) is fetched when a task is first opened. */
const TaskDrawerBody = lazy(async () => ({ default: (await import("./task-drawer-body")).TaskDrawerBody }));

/** The task drawer, mounted once in the app shell and opened from the URL (see open-task). */
export function TaskDrawerHost() {
  const { task, versionId, close, focusVersion } = useTaskParam();
  return (
    <Drawer
      opened={task !== null}
      onClose={close}
      position="right"
      size={920}
      padding="lg"
      title={null}
      aria-label="Task"
      closeButtonProps={{ "aria-label": "Close task" }}
    >
      {task && (
        <Suspense fallback={<DrawerSkeleton />}>
          <TaskDrawerBody key={task.id} taskRef={task} versionId={versionId} onFocusVersion={focusVersion} />
        </Suspense>
      )}
    </Drawer>
  );
}
