import { Alert, Button, Group, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { errorMessage, isApiError } from "../lib/api-client";
import { NoAccessState } from "./no-access-state";

type Props = { error: unknown; title?: string; onRetry?: () => void };

/**
 * The error state every screen shows when its data could not be loaded. A 403 is not an
 * error to retry but a permission boundary, so it gets a calm "no access" state instead.
 */
export function ErrorState({ error, title = "Could not load this page", onRetry }: Props) {
  if (isApiError(error) && error.status === 403) {
    return <NoAccessState description={errorMessage(error)} />;
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      <Group justify="space-between" align="center" wrap="nowrap" gap="md">
        <Text fz="sm">{errorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
            Retry
          </Button>
        )}
      </Group>
    </Alert>
  );
}
