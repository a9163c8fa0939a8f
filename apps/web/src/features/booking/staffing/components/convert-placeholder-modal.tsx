import type { Booking } from "@backlot/contracts/booking/bookings";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage } from "../../../../lib/api-client";
import { formatMoney } from "../../../../lib/format";
import { PersonPicker } from "../../../tracking/slots/components/person-picker";
import { usePersonProfile } from "../../profiles/api/profile-api";
import { useConvertPlaceholder } from "../api/staffing-api";

type Props = { orgId: string; booking: Booking; slotName: string; when: string; onClose: () => void };

/** Puts a person on a placeholder booking: same dates and status, now with a name (BOOK-11). */
export function ConvertPlaceholderModal({ orgId, booking, slotName, when, onClose }: Props) {
  const convert = useConvertPlaceholder(orgId);
  const [personId, setPersonId] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const profile = usePersonProfile(orgId, personId ?? "", Boolean(personId));
  const dayRate = profile.data?.dayRate ?? null;
  const submit = () =>
    personId &&
    convert.mutate(
      { booking, personId, rate: dayRate === null ? undefined : { rate: dayRate, currency: profile.data?.currency ?? null } },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: `${name ?? "The person"} is now booked as ${slotName}.` });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={`Convert ${slotName} to a person`} centered>
      <Stack gap="sm">
        <Text fz="sm" c="dimmed">
          {when} · {booking.status === "confirmed" ? "confirmed" : "on hold"}. The person takes over this booking; a confirmed one must not clash with their
          other confirmed bookings or time off.
        </Text>
        <PersonPicker
          orgId={orgId}
          label="Person"
          value={personId}
          onChange={(id, n) => {
            setPersonId(id);
            setName(n);
            convert.reset();
          }}
          data-autofocus
        />
        {booking.rate === null && dayRate !== null && (
          <Text fz="xs" c="dimmed">
            Booked at {name}'s day rate, {formatMoney(dayRate, profile.data?.currency)}.
          </Text>
        )}
        <FormError message={convert.error ? errorMessage(convert.error) : null} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!personId || profile.isFetching} loading={convert.isPending} onClick={submit}>
            Convert
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
