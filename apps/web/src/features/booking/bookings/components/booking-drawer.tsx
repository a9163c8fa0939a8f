import { Alert, Badge, Button, Divider, Drawer, Group, List, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconCheck, IconFlag, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../../components/confirm-dialog";
import { ErrorState } from "../../../../components/error-state";
import { errorMessage } from "../../../../lib/api-client";
import { formatDateTime, formatRelative } from "../../../../lib/format";
import { formatHours } from "../../scheduler/api/zoned-time";
import { bookingDays, conflictsOf, describeConflict, projectColor, statusLabel } from "../api/booking-labels";
import { type BookingDetail, useBooking, useBookingEvents, useConfirmBooking, useEndBooking } from "../api/bookings-api";
import { BookingHistory } from "./booking-history";
import { BookingHours } from "./booking-hours";

type Props = {
  orgId: string;
  bookingId: string | null;
  timeZone: string;
  canEdit: boolean;
  nameOf: (id: string | null | undefined) => string;
  onClose: () => void;
};

const statusColor = { hold: "orange", confirmed: "green", released: "gray", cancelled: "gray" } as const;

/** Open challenges this booking is in, from its side: holder (must answer) or challenger (waiting). */
function ChallengeNotes({ booking }: { booking: BookingDetail }) {
  const open = booking.challenges.filter((c) => c.status === "open");
  if (open.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="booking-challenges">
      {open.map((c) =>
        c.holderBookingId === booking.id ? (
          <Alert key={c.id} color="orange" variant="light" icon={<IconFlag size={18} />} title="Challenged">
            A lower pencil asked to confirm over this hold. Confirm or release it by <b>{formatDateTime(c.deadline)}</b> ({formatRelative(c.deadline)}); after
            that it is released automatically.
          </Alert>
        ) : (
          <Alert key={c.id} color="blue" variant="light" icon={<IconFlag size={18} />} title="Challenging a higher pencil">
            The higher pencil has until <b>{formatDateTime(c.deadline)}</b> ({formatRelative(c.deadline)}) to confirm or release. If it releases or lets the
            deadline pass, this booking is confirmed.
          </Alert>
        ),
      )}
    </Stack>
  );
}

function Actions({ orgId, booking, timeZone }: { orgId: string; booking: BookingDetail; timeZone: string }) {
  const confirm = useConfirmBooking(orgId);
  const end = useEndBooking(orgId);
  const [cancelling, setCancelling] = useState(false);
  const conflicts = conflictsOf(confirm.error);
  const live = booking.status === "hold" || booking.status === "confirmed";
  if (!live) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {booking.status === "hold" && (
          <Button
            leftSection={<IconCheck size={16} />}
            color="green"
            loading={confirm.isPending}
            onClick={() => confirm.mutate({ id: booking.id, version: booking.version })}
          >
            Confirm
          </Button>
        )}
        <Button
          variant="default"
          loading={end.isPending && end.variables?.action === "release"}
          onClick={() => end.mutate({ id: booking.id, version: booking.version, action: "release" })}
        >
          Release
        </Button>
        <Button variant="subtle" color="red" leftSection={<IconX size={16} />} onClick={() => setCancelling(true)}>
          Cancel booking
        </Button>
      </Group>
      {confirm.data?.outcome === "challenged" && booking.status === "hold" && (
        <Alert color="orange" variant="light" title="Challenge opened" role="status">
          Higher pencils have until {formatDateTime(confirm.data.challenges[0]?.deadline)} to confirm or release. This booking stays a hold until then.
        </Alert>
      )}
      {conflicts.length > 0 ? (
        <Alert color="orange" variant="light" title="Cannot confirm: already booked" role="alert">
          <List size="sm">
            {conflicts.map((c) => (
              <List.Item key={c.id}>{describeConflict(c, timeZone)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        (confirm.error || end.error) && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(confirm.error ?? end.error)}
          </Alert>
        )
      )}
      <ConfirmDialog
        opened={cancelling}
        title="Cancel this booking?"
        message="The days are freed and lower pencils move up. The booking stays in the history."
        confirmLabel="Cancel booking"
        loading={end.isPending && end.variables?.action === "cancel"}
        onConfirm={() => end.mutate({ id: booking.id, version: booking.version, action: "cancel" }, { onSettled: () => setCancelling(false) })}
        onClose={() => setCancelling(false)}
      />
    </Stack>
  );
}

function Details({ booking, timeZone, nameOf }: { booking: BookingDetail; timeZone: string; nameOf: Props["nameOf"] }) {
  const rows: [string, string][] = [
    ["Who", booking.placeholder ? "Placeholder — no one chosen yet" : nameOf(booking.bookableId)],
    ["When", `${bookingDays(booking, timeZone)}${booking.allDay ? "" : `, ${formatHours(booking.start, booking.end, timeZone)} (${timeZone})`}`],
    ["Rate", booking.rate === null ? "—" : `${booking.rate.toLocaleString()} ${booking.currency ?? ""} / ${booking.rateUnit}`],
    ["Updated", formatRelative(booking.updatedAt)],
  ];
  return (
    <Stack gap={6}>
      {rows.map(([label, value]) => (
        <Group key={label} gap="sm" wrap="nowrap" align="flex-start">
          <Text fz="sm" c="dimmed" w={72} style={{ flex: "none" }}>
            {label}
          </Text>
          <Text fz="sm">{value}</Text>
        </Group>
      ))}
      {booking.notes && (
        <Text fz="sm" style={{ whiteSpace: "pre-wrap" }} mt={4}>
          {booking.notes}
        </Text>
      )}
    </Stack>
  );
}

/** A booking opened from the scheduler: details, challenge state, actions and history. */
export function BookingDrawer({ orgId, bookingId, timeZone, canEdit, nameOf, onClose }: Props) {
  const booking = useBooking(orgId, bookingId);
  const events = useBookingEvents(orgId, bookingId);
  const b = booking.data;
  return (
    <Drawer opened={bookingId !== null} onClose={onClose} position="right" size={420} title={<Text fw={600}>Booking</Text>} aria-label="Booking details">
      {booking.isPending ? (
        <Stack>
          <Skeleton h={28} w="70%" />
          <Skeleton h={90} />
        </Stack>
      ) : booking.isError || !b ? (
        <ErrorState error={booking.error} title="Could not load this booking" onRetry={() => booking.refetch()} />
      ) : (
        <Stack gap="md" data-testid="booking-drawer" data-drawer-for={b.id}>
          <Stack gap={4}>
            <Group gap="xs">
              <Badge variant="filled" color={projectColor(b.projectId)} radius="sm">
                {b.projectCode}
              </Badge>
              <Badge variant={b.status === "hold" ? "outline" : "light"} color={statusColor[b.status]} radius="sm" data-testid="booking-status">
                {statusLabel(b)}
              </Badge>
            </Group>
            <Title order={3} fz="lg">
              {b.projectName}
            </Title>
          </Stack>
          <Details booking={b} timeZone={timeZone} nameOf={nameOf} />
          <ChallengeNotes booking={b} />
          {canEdit && !b.allDay && (b.status === "hold" || b.status === "confirmed") && (
            <BookingHours key={`hours-${b.id}-${b.version}`} orgId={orgId} booking={b} timeZone={timeZone} />
          )}
          {canEdit && <Actions key={`${b.id}-${b.version}`} orgId={orgId} booking={b} timeZone={timeZone} />}
          <Divider label="History" labelPosition="left" />
          <BookingHistory events={events.data} loading={events.isPending} error={events.isError} timeZone={timeZone} nameOf={nameOf} />
        </Stack>
      )}
    </Drawer>
  );
}
