import { errorMessage, isApiError } from "../../../../lib/api-client";
import { bookingDays, conflictsOf, describeConflict } from "../../bookings/api/booking-labels";
import type { TimelineRow } from "../api/timeline";
import type { MoveOutcome } from "./use-booking-moves";

type Move = { from: TimelineRow; to: TimelineRow; resized: boolean };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * What a screen reader (and the status line) says after a move, told in the row's own zone:
 * "Moved to 13 May – 17 May", "Now 12 May – 19 May", "Moved to Bruno Sato, …", or
 * "Refused: overlaps confirmed booking on Night Ferry, 16 May – 18 May".
 */
export function moveAnnouncement(outcome: MoveOutcome, move: Move): string {
  if (outcome.ok) {
    const days = bookingDays(outcome.booking, move.to.timeZone);
    if (move.to.key !== move.from.key) return `Moved to ${move.to.name}, ${days}`;
    return move.resized ? `Now ${days}` : `Moved to ${days}`;
  }
  const conflicts = conflictsOf(outcome.error);
  if (conflicts.length > 0) {
    const what = conflicts.map((c) => lowerFirst(describeConflict(c, move.to.timeZone))).join("; ");
    return `Refused: overlaps ${what}. The booking stayed where it was.`;
  }
  if (isApiError(outcome.error, "version_conflict")) return "Not saved: someone else changed this booking. Showing their version.";
  return `Not saved: ${errorMessage(outcome.error)}`;
}
