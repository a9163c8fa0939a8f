import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { TimeInput } from "@mantine/dates";
import { useState } from "react";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { formatDayRange } from "../../scheduler/api/calendar-days";
import { clock, isoInZone, localParts, zonedInstant } from "../../scheduler/api/zoned-time";
import { conflictsOf, describeConflict } from "../api/booking-labels";
import { type BookingDetail, useUpdateBooking } from "../api/bookings-api";
import { addDays } from "../../scheduler/api/calendar-days";

type Props = { orgId: string; booking: BookingDetail; timeZone: string };

const minutesOf = (value: string) => {
  const m = /^(\d{2}):(\d{2})/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

/**
 * A timed booking's hours, edited in its bookable's zone: the start on its first day and the end
 * on its last (on a one-day booking an end of 00:00 is the following midnight). The server says
 * what is wrong (an end before the start, a double booking) and that is shown on the fields.
 */
export function BookingHours({ orgId, booking, timeZone }: Props) {
  const from = localParts(booking.start, timeZone);
  const to = localParts(booking.end, timeZone);
  const oneDay = to.date === from.date || (to.minutes === 0 && to.date === addDays(from.date, 1));
  const [start, setStart] = useState(clock(from.minutes));
  const [end, setEnd] = useState(clock(to.minutes));
  const update = useUpdateBooking(orgId);
  const fields = isApiError(update.error) ? update.error.fieldErrors() : {};
  const conflicts = conflictsOf(update.error);
  const startMinutes = minutesOf(start);
  const endMinutes = minutesOf(end);
  const changed = start !== clock(from.minutes) || end !== clock(to.minutes);

  const save = () => {
    if (startMinutes === null || endMinutes === null) return;
    const endDate = oneDay ? (endMinutes === 0 ? addDays(from.date, 1) : from.date) : to.date;
    update.mutate({
      id: booking.id,
      body: {
        version: booking.version,
        start: isoInZone(zonedInstant(from.date, startMinutes, timeZone), timeZone),
        end: isoInZone(zonedInstant(endDate, endMinutes, timeZone), timeZone),
      },
    });
  };
  const shown = new Set(["start", "end"]);
  const other = update.error && !conflicts.length && !Object.keys(fields).some((k) => shown.has(k)) ? errorMessage(update.error) : null;

  return (
    <Stack gap={6} data-testid="booking-hours">
      <Text fz="sm" fw={500}>
        Hours on {oneDay ? formatDayRange(from.date, from.date) : formatDayRange(from.date, to.date)}{" "}
        <Text span fz="xs" c="dimmed">
          ({timeZone})
        </Text>
      </Text>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TimeInput label="Starts" value={start} onChange={(e) => setStart(e.currentTarget.value)} error={fields.start} w={120} size="sm" />
        <TimeInput label="Ends" value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={fields.end} w={120} size="sm" />
        <Button
          mt={25}
          size="sm"
          variant="default"
          disabled={!changed || startMinutes === null || endMinutes === null}
          loading={update.isPending}
          onClick={save}
        >
          Save hours
        </Button>
      </Group>
      {conflicts.length > 0 && (
        <Alert color="orange" variant="light" title="Already booked then" role="alert" py={8}>
          {conflicts.map((c) => (
            <Text key={c.id} fz="sm">
              {describeConflict(c, timeZone)}
            </Text>
          ))}
        </Alert>
      )}
      {other && (
        <Alert color="red" variant="light" role="alert" py={8}>
          {other}
        </Alert>
      )}
    </Stack>
  );
}
