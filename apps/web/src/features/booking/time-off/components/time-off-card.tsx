import type { TimeOff } from "@backlot/contracts/booking/profiles";
import { ActionIcon, Badge, Button, Collapse, Group, Paper, Skeleton, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconBeach, IconPlus, IconTrash } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { ConfirmRemoveDialog } from "../../../../components/confirm-remove-dialog";
import { ErrorState } from "../../../../components/error-state";
import { useRemoveTimeOff, useTimeOff } from "../api/time-off-api";
import { AddTimeOffForm } from "./add-time-off-form";
import { kindColors, timeOffRange } from "./time-off-labels";

type Props = { orgId: string; personId: string; canEdit: boolean };

function TimeOffRow({ item, canEdit, onRemove }: { item: TimeOff; canEdit: boolean; onRemove: () => void }) {
  const { range, length } = timeOffRange(item);
  return (
    <Group justify="space-between" wrap="nowrap" py={6} data-testid="time-off-row" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
      <Stack gap={2} miw={0}>
        <Group gap={6} wrap="nowrap">
          <Text fz="sm" fw={500}>
            {range}
          </Text>
          <Badge size="xs" variant="light" color={kindColors[item.kind]}>
            {item.kind}
          </Badge>
        </Group>
        <Text fz="xs" c="dimmed" truncate>
          {[length, item.note].filter(Boolean).join(" · ")}
        </Text>
      </Stack>
      {canEdit && (
        <Tooltip label="Remove" withArrow>
          <ActionIcon variant="subtle" color="gray" aria-label={`Remove time off ${range}`} onClick={onRemove}>
            <IconTrash size={15} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

/** A person's time off from a week ago on, with add and remove (BOOK-1). */
export function TimeOffCard({ orgId, personId, canEdit }: Props) {
  const [from] = useState(() => dayjs().subtract(7, "day").format("YYYY-MM-DD"));
  const timeOff = useTimeOff(orgId, personId, from);
  const remove = useRemoveTimeOff(orgId, personId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<TimeOff | null>(null);

  let body: React.ReactNode;
  if (timeOff.isPending) body = <Skeleton h={60} aria-label="Loading time off" />;
  else if (timeOff.isError) body = <ErrorState error={timeOff.error} title="Could not load time off" onRetry={() => timeOff.refetch()} />;
  else if (timeOff.data.length === 0)
    body = (
      <Group gap="xs" c="dimmed" py="xs">
        <IconBeach size={18} />
        <Text fz="sm">No time off coming up.</Text>
      </Group>
    );
  else
    body = (
      <Stack gap={0}>
        {timeOff.data.map((t) => (
          <TimeOffRow key={t.id} item={t} canEdit={canEdit} onRemove={() => setRemoving(t)} />
        ))}
      </Stack>
    );

  return (
    <Paper withBorder radius="md" p="md" data-testid="time-off-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="sm" fw={650}>
            Time off
          </Title>
          {canEdit && !adding && (
            <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
              Add time off
            </Button>
          )}
        </Group>
        <Collapse expanded={adding}>{adding && <AddTimeOffForm orgId={orgId} personId={personId} onDone={() => setAdding(false)} />}</Collapse>
        {body}
      </Stack>
      <ConfirmRemoveDialog
        item={removing}
        title="Remove time off?"
        message={(t) => `${timeOffRange(t).range} will count as working time again.`}
        done={() => "Time off removed."}
        remove={remove}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}
