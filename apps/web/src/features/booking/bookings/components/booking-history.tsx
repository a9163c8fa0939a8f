import type { BookingEvent } from "@backlot/contracts/booking/bookings";
import { Skeleton, Text, Timeline } from "@mantine/core";
import { formatDateTime, formatRelative } from "../../../../lib/format";
import { bookingDays, rankLabel } from "../api/booking-labels";

type Where = { start?: string; end?: string; bookableId?: string | null };
type Props = { events: BookingEvent[] | undefined; loading: boolean; error: boolean; timeZone: string; nameOf: (id: string | null | undefined) => string };

const verbs: Record<BookingEvent["type"], string> = {
  created: "Created",
  moved: "Moved",
  resized: "Resized",
  reassigned: "Reassigned",
  confirmed: "Confirmed",
  challenged: "Challenged",
  challenge_resolved: "Challenge resolved",
  promoted: "Promoted",
  released: "Released",
  cancelled: "Cancelled",
  updated: "Edited",
};

const days = (w: Where | undefined, timeZone: string) =>
  w?.start && w.end ? bookingDays({ allDay: false, startDate: null, endDate: null, start: w.start, end: w.end }, timeZone) : "";

/** What the event changed, in words. */
function detail(e: BookingEvent, timeZone: string, nameOf: Props["nameOf"]): string | null {
  const d = e.data as Record<string, unknown>;
  const from = d.from as Where | undefined;
  const to = d.to as Where | undefined;
  switch (e.type) {
    case "moved":
    case "resized":
      return `${days(from, timeZone)} → ${days(to, timeZone)}`;
    case "reassigned":
      return `${nameOf(from?.bookableId)} → ${nameOf(to?.bookableId)}`;
    case "promoted":
      return `${rankLabel(d.fromRank as number)} → ${rankLabel(d.toRank as number)}`;
    case "challenged":
      return d.role === "holder"
        ? `A lower pencil asked to confirm; answer by ${formatDateTime(d.deadline as string)}`
        : `Asked higher pencils to confirm or release by ${formatDateTime(d.deadline as string)}`;
    case "challenge_resolved":
      return String(d.outcome ?? "").replaceAll("_", " ");
    case "created":
      return d.status === "confirmed" ? "As confirmed" : d.holdRank ? `As ${rankLabel(d.holdRank as number)}` : null;
    case "released":
    case "cancelled":
      return d.automatic ? "Automatically: the challenge deadline passed" : ((d.reason as string | null) ?? null);
    default:
      return null;
  }
}

/** The booking's history (BOOK-5): what happened, who did it, when. */
export function BookingHistory({ events, loading, error, timeZone, nameOf }: Props) {
  if (loading) return <Skeleton h={80} />;
  if (error)
    return (
      <Text fz="sm" c="red">
        Could not load the history.
      </Text>
    );
  if (!events || events.length === 0)
    return (
      <Text fz="sm" c="dimmed">
        No history yet.
      </Text>
    );
  return (
    <Timeline bulletSize={10} lineWidth={2} aria-label="Booking history">
      {events.map((e) => {
        const text = detail(e, timeZone, nameOf);
        return (
          <Timeline.Item
            key={e.id}
            title={
              <Text fz="sm" fw={600}>
                {verbs[e.type]}
              </Text>
            }
          >
            {text && <Text fz="xs">{text}</Text>}
            <Text fz="xs" c="dimmed" title={formatDateTime(e.at)}>
              {e.actorName ?? "Backlot (automatic)"} · {formatRelative(e.at)}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
