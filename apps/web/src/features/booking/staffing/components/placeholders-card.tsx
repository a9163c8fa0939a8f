import type { Booking } from "@backlot/contracts/booking/bookings";
import { Badge, Button, Group, Paper, Skeleton, Table, Text, Title } from "@mantine/core";
import { IconUserQuestion, IconUserShare } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { formatMoney } from "../../../../lib/format";
import { useSlots } from "../../../tracking/slots/api/slots-api";
import { usePlaceholders } from "../api/staffing-api";
import { ConvertPlaceholderModal } from "./convert-placeholder-modal";
import { statusLabel } from "../../bookings/api/booking-labels";

type Props = { orgId: string; projectId: string; canManage: boolean };

export function bookingWhen(b: Booking) {
  if (b.allDay && b.startDate && b.endDate) {
    const a = dayjs(b.startDate);
    const z = dayjs(b.endDate);
    return a.isSame(z, "day") ? a.format("ddd D MMM YYYY") : `${a.format("D MMM")} – ${z.format("D MMM YYYY")}`;
  }
  return `${dayjs(b.start).format("D MMM YYYY, HH:mm")} – ${dayjs(b.end).format("HH:mm")}`;
}

/** Role slots booked with nobody yet, each one click away from a real person (BOOK-11). */
export function PlaceholdersCard({ orgId, projectId, canManage }: Props) {
  const placeholders = usePlaceholders(orgId, projectId);
  const slots = useSlots(orgId, projectId);
  const [converting, setConverting] = useState<Booking | null>(null);
  const slotName = (b: Booking) => slots.data?.find((s) => s.id === b.roleSlotId)?.displayName ?? "Role slot";

  let body: React.ReactNode;
  if (placeholders.isPending) body = <Skeleton h={60} m="md" />;
  else if (placeholders.isError) body = <ErrorState error={placeholders.error} title="Could not load placeholders" onRetry={() => placeholders.refetch()} />;
  else if (placeholders.data.length === 0)
    body = (
      <Group gap="xs" p="md" c="dimmed">
        <IconUserQuestion size={16} />
        <Text fz="sm">No placeholders. Book a role slot without a person from the scheduler to hold the dates before you know who.</Text>
      </Group>
    );
  else
    body = (
      <Table verticalSpacing={8} fz="sm">
        <Table.Tbody>
          {placeholders.data.map((b) => (
            <Table.Tr key={b.id} data-testid="placeholder-row">
              <Table.Td>
                <Group gap="xs">
                  <IconUserQuestion size={16} color="var(--mantine-color-dimmed)" />
                  <Text fz="sm" fw={500}>
                    {slotName(b)}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>{bookingWhen(b)}</Table.Td>
              <Table.Td>
                <Badge size="sm" variant={b.status === "confirmed" ? "filled" : "light"} color={b.status === "confirmed" ? "teal" : "yellow"}>
                  {statusLabel(b)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {b.rate !== null ? `${formatMoney(b.rate, b.currency)}/${b.rateUnit}` : ""}
              </Table.Td>
              <Table.Td ta="right" w={170}>
                {canManage && (
                  <Button size="compact-sm" variant="light" leftSection={<IconUserShare size={14} />} onClick={() => setConverting(b)}>
                    Convert to person
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );

  return (
    <Paper withBorder radius="md">
      <Group justify="space-between" p="md">
        <Title order={3} fz="md" fw={650}>
          Placeholders
        </Title>
        {placeholders.data && placeholders.data.length > 0 && (
          <Text fz="sm" c="dimmed">
            {placeholders.data.length} waiting for a person
          </Text>
        )}
      </Group>
      <div style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>{body}</div>
      {converting && (
        <ConvertPlaceholderModal
          orgId={orgId}
          booking={converting}
          slotName={slotName(converting)}
          when={bookingWhen(converting)}
          onClose={() => setConverting(null)}
        />
      )}
    </Paper>
  );
}
