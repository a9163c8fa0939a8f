import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconDoorExit } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { errorMessage } from "../../../lib/api-client";
import { useLeaveOrganization } from "../api/members-api";

export function LeaveOrganization({ orgId, orgName }: { orgId: string; orgName: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const leave = useLeaveOrganization(orgId);
  const navigate = useNavigate();
  return (
    <Paper withBorder radius="md" p="lg" style={{ borderColor: "var(--mantine-color-red-outline)" }}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={3} fz="sm" fw={650}>
            Leave {orgName}
          </Title>
          <Text fz="sm" c="dimmed">
            You will lose access until someone invites you again. The last admin can't leave.
          </Text>
        </Stack>
        <Button color="red" variant="light" leftSection={<IconDoorExit size={16} />} onClick={open}>
          Leave organization
        </Button>
      </Group>
      <ConfirmDialog
        opened={opened}
        onClose={() => {
          close();
          leave.reset();
        }}
        title={`Leave ${orgName}?`}
        message="You will no longer see its people, productions or settings."
        confirmLabel="Leave"
        loading={leave.isPending}
        onConfirm={() => leave.mutate(undefined, { onSuccess: () => navigate("/", { replace: true }) })}
        error={
          leave.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(leave.error)}
            </Alert>
          )
        }
      />
    </Paper>
  );
}
