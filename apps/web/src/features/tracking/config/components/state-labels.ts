import type { StatusState } from "@backlot/contracts/tracking/config";
import { statusStates } from "@backlot/contracts/tracking/config";

export const stateLabels: Record<StatusState, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  pending_review: "Pending review",
  approved: "Approved",
  retake: "Retake",
  on_hold: "On hold",
  blocked: "Blocked",
};

/** What each semantic state means to Backlot, shown when a coordinator maps a status onto one. */
export const stateDescriptions: Record<StatusState, string> = {
  not_started: "Work has not begun. New tasks usually start here.",
  in_progress: "Someone is working on it; counts as started.",
  pending_review: "Waiting for a supervisor or client to review a version.",
  approved: "Done. Unblocks dependent tasks and the shots an asset is cast in.",
  retake: "Reviewed and sent back for changes.",
  on_hold: "Paused on purpose; not expected to move for now.",
  blocked: "Cannot proceed until something else happens.",
};

export const stateColors: Record<StatusState, string> = {
  not_started: "gray",
  in_progress: "blue",
  pending_review: "yellow",
  approved: "green",
  retake: "red",
  on_hold: "violet",
  blocked: "dark",
};

export const stateOptions = statusStates.map((s) => ({ value: s, label: stateLabels[s] }));
