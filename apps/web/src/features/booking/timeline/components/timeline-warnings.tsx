import type { TimelineWarning } from "@backlot/contracts/booking/timeline";
import { Alert, Button, Group, List, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { shortDate } from "./timeline-bars";

type Props = {
  phaseName: string;
  warnings: TimelineWarning[];
  canEdit: boolean;
  pending: boolean;
  onMove: () => void;
  onDismiss: () => void;
};

/** What a save left broken ("Only this phase"), with the one-click way to repair it. */
export function TimelineWarnings({ phaseName, warnings, canEdit, pending, onMove, onDismiss }: Props) {
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={`${phaseName} was saved; ${warnings.length === 1 ? "one phase now starts" : `${warnings.length} phases now start`} too early`}
      withCloseButton
      onClose={onDismiss}
      data-testid="timeline-warnings"
    >
      <List size="sm" spacing={2} mb="xs">
        {warnings.map((w) => (
          <List.Item key={`${w.predecessorId}-${w.successorId}`}>
            <Text span fz="sm" fw={600}>
              {w.successorName}
            </Text>{" "}
            starts {shortDate(w.startDate)}, before {w.predecessorName} is finished; it can start {shortDate(w.earliestStart)} at the earliest.
          </List.Item>
        ))}
      </List>
      {canEdit && (
        <Group gap="xs">
          <Button size="xs" color="yellow" loading={pending} onClick={onMove}>
            Move them after {phaseName}
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={onDismiss}>
            Leave as is
          </Button>
        </Group>
      )}
    </Alert>
  );
}
