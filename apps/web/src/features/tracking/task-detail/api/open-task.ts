import { useCallback } from "react";
import { useSearchParams } from "react-router";

/**
 * The task drawer opens from the URL, over whatever page is showing: `?task=<id>&taskProject=<id>`
 * (and `taskVersion=<id>` to open one of its versions). Any screen that shows a task can open
 * it with `useOpenTask()`, and a link to it can be shared.
 */
export const taskParams = { task: "task", project: "taskProject", version: "taskVersion" } as const;

export type TaskRef = { id: string; projectId: string };

/** The query string that opens a task's drawer, added to `current` (a page's own filters stay). */
export function withTask(current: URLSearchParams, task: TaskRef | null, versionId?: string | null): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of Object.values(taskParams)) next.delete(key);
  if (task) {
    next.set(taskParams.task, task.id);
    next.set(taskParams.project, task.projectId);
    if (versionId) next.set(taskParams.version, versionId);
  }
  return next;
}

/** A link to a task from anywhere in the organization: the project page with the drawer open. */
export function taskHref(orgId: string, task: TaskRef, versionId?: string | null): string {
  const query = withTask(new URLSearchParams(), task, versionId);
  return `/o/${orgId}/tracking/projects/${task.projectId}?${query.toString()}`;
}

/** Opens a task's drawer on the current page: `openTask({ id, projectId })`. */
export function useOpenTask() {
  const [, setParams] = useSearchParams();
  return useCallback(
    (task: TaskRef, options: { versionId?: string | null } = {}) => setParams((current) => withTask(current, task, options.versionId)),
    [setParams],
  );
}

/** The task (and version) the URL asks the drawer to show, and how to change or close it. */
export function useTaskParam() {
  const [params, setParams] = useSearchParams();
  const id = params.get(taskParams.task);
  const projectId = params.get(taskParams.project);
  const task = id && projectId ? { id, projectId } : null;
  const versionId = params.get(taskParams.version);
  const close = useCallback(() => setParams((current) => withTask(current, null)), [setParams]);
  const focusVersion = useCallback(
    (v: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (v) next.set(taskParams.version, v);
          else next.delete(taskParams.version);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { task, versionId, close, focusVersion };
}
