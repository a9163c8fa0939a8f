import type { LoaderFunctionArgs } from "react-router";
import { todayIn } from "./calendar-days";
import { prefetchWindow, windowQuery } from "./scheduler-api";
import { parseSchedulerParams } from "./scheduler-params";

/**
 * The scheduler route's loader: asks for the window as navigation starts, in parallel with the
 * session and organization the page waits for, instead of after them. "Today" is the browser's
 * (the organization's zone is not known yet); if that picks another week, the page simply
 * fetches its own window. Returns at once: navigation never waits on it.
 */
export function prefetchScheduler({ params, request }: LoaderFunctionArgs) {
  if (params.orgId) {
    const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
    prefetchWindow(params.orgId, windowQuery(parseSchedulerParams(new URL(request.url).searchParams, today)));
  }
  return null;
}
