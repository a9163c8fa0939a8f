import { VisuallyHidden } from "@mantine/core";
import { IconAlertTriangle, IconCheck } from "@tabler/icons-react";
import { useCallback, useEffect, useState } from "react";
import { keysHelpId } from "./booking-bar";
import classes from "./scheduler-status.module.css";

export type Announcement = { text: string; ok: boolean; n: number };

/** The latest result of a move, said once (a counter makes a repeat a new message), gone from view after a while. */
export function useAnnouncer() {
  const [message, setMessage] = useState<Announcement | null>(null);
  const announce = useCallback((text: string, ok = true) => setMessage((m) => ({ text, ok, n: (m?.n ?? 0) + 1 })), []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), message.ok ? 5_000 : 9_000);
    return () => clearTimeout(timer);
  }, [message]);
  return { message, announce };
}

/**
 * Floats over the bottom of the grid: the result of the last move (a polite live region, so
 * screen readers hear "Moved to 13 May – 17 May" or why it was refused), or, while a bar has
 * keyboard focus, the keys that work on it. The keys are also the bars' description for
 * screen readers, written out once here rather than on thousands of bars.
 */
export function SchedulerStatus({ message, showKeys }: { message: Announcement | null; showKeys: boolean }) {
  return (
    <>
      <div className={classes.status}>
        <VisuallyHidden id={keysHelpId}>
          Enter opens the booking. Left and Right arrows move it a day (a week when zoomed out), with Shift they change its last day (a timed booking's hours
          are changed in the booking). Alt with Up or Down moves it to the row above or below. Up and Down go to bookings in other rows, Control with Left or
          Right, Home and End along this row. Escape puts away a note about a refused move.
        </VisuallyHidden>
        <div role="status" aria-live="polite" data-testid="scheduler-announcement">
          {message && (
            <span key={message.n} className={classes.statusPill} data-tone={message.ok ? "ok" : "refused"}>
              {message.ok ? <IconCheck size={15} stroke={2.4} /> : <IconAlertTriangle size={15} stroke={2.2} />}
              {message.text}
            </span>
          )}
        </div>
      </div>
      {!message && showKeys && (
        // One compact line in the corner: it names the keys, the description above explains them.
        <span className={classes.keysPill} data-testid="scheduler-keys" aria-hidden>
          <b>←→</b> move <i /> <b>⇧←→</b> length <i /> <b>Alt↑↓</b> row <i /> <b>↑↓ Ctrl←→</b> go to <i /> <b>↵</b> open
        </span>
      )}
    </>
  );
}
