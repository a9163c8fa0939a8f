import { Alert, CloseButton, Group, List, Paper, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { conflictsOf, describeConflict } from "../../bookings/api/booking-labels";
import type { Project } from "../api/timeline";
import type { DropProblem } from "./use-booking-moves";

type Props = { problem: DropProblem; projects: Map<string, Project>; onClose: () => void };

/** Why a drop was refused, next to where it happened: the booking(s) in the way, by project and dates. */
export function DropConflict({ problem, projects, onClose }: Props) {
  const conflicts = conflictsOf(problem.error);
  const title =
    conflicts.length > 0
      ? "Double booking refused — the bar went back"
      : isApiError(problem.error, "version_conflict")
        ? "Changed by someone else"
        : "Could not move the booking";
  return (
    <Paper shadow="lg" radius="md" withBorder data-testid="drop-conflict">
      <Alert
        color={conflicts.length > 0 ? "orange" : "red"}
        variant="light"
        radius="md"
        icon={<IconAlertTriangle size={18} />}
        role="alert"
        title={
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <span>{title}</span>
            <CloseButton size="sm" onClick={onClose} aria-label="Dismiss" />
          </Group>
        }
        styles={{ label: { width: "100%" } }}
      >
        {conflicts.length > 0 ? (
          <>
            <Text fz="sm">{problem.rowName} is already booked here:</Text>
            <List size="sm" mt={4} spacing={2}>
              {conflicts.map((c) => {
                const code = c.projectId ? projects.get(c.projectId)?.code : undefined;
                return (
                  <List.Item key={c.id}>
                    {describeConflict(c, problem.timeZone)}
                    {code ? ` (${code})` : ""}
                  </List.Item>
                );
              })}
            </List>
            <Text fz="xs" c="dimmed" mt={6}>
              Confirmed bookings of one person or room never overlap. Move it to free days, or release the other booking first.
            </Text>
          </>
        ) : (
          <Text fz="sm">{errorMessage(problem.error)}</Text>
        )}
      </Alert>
    </Paper>
  );
}
