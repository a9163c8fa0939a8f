import { FormError } from "../../../components/form-error";
import type { ApiToken } from "@backlot/contracts/core/tokens";
import { ActionIcon, Alert, Badge, Code, Paper, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { IconKey, IconTrash } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { CopyField } from "../../../components/copy-field";
import { ErrorState } from "../../../components/error-state";
import { TableSkeleton } from "../../../components/table-skeleton";
import { errorMessage } from "../../../lib/api-client";
import { formatDate, formatRelative } from "../../../lib/format";
import { useApiTokens, useDeleteApiToken } from "../api/tokens-api";
import { CreateTokenForm } from "./create-token-form";

function Expiry({ at }: { at: string | null }) {
  if (!at)
    return (
      <Text fz="xs" c="dimmed">
        Never
      </Text>
    );
  if (dayjs(at).isBefore(dayjs()))
    return (
      <Badge color="red" variant="light" size="sm" radius="sm">
        Expired
      </Badge>
    );
  return <Text fz="xs">{formatDate(at)}</Text>;
}

export function ApiTokensSection() {
  const tokens = useApiTokens();
  const remove = useDeleteApiToken();
  const [created, setCreated] = useState<ApiToken | null>(null);
  const [deleting, setDeleting] = useState<ApiToken | null>(null);
  const items = tokens.data ?? [];

  let list: React.ReactNode;
  if (tokens.isPending) list = <TableSkeleton rows={2} columns={4} />;
  else if (tokens.isError) list = <ErrorState error={tokens.error} title="Could not load tokens" onRetry={() => tokens.refetch()} />;
  else if (items.length === 0)
    list = (
      <Text fz="sm" c="dimmed" ta="center" py="lg">
        No tokens yet. Scripts and integrations use tokens to call the API as you.
      </Text>
    );
  else
    list = (
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Token</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td fw={500}>{t.name}</Table.Td>
                <Table.Td>
                  <Code fz={11}>{t.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  <Text fz="xs" c="dimmed">
                    {formatDate(t.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text fz="xs" c="dimmed">
                    {t.lastUsedAt ? formatRelative(t.lastUsedAt) : "Never"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Expiry at={t.expiresAt} />
                </Table.Td>
                <Table.Td>
                  <Tooltip label="Revoke token" withArrow>
                    <ActionIcon variant="subtle" color="red" onClick={() => setDeleting(t)} aria-label={`Revoke ${t.name}`}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Title order={3} fz="sm" fw={650} mb={4}>
          Personal API tokens
        </Title>
        <Text fz="sm" c="dimmed" mb="md">
          Tokens act as you, with your roles, in every organization you belong to. Send them as <Code>Authorization: Bearer …</Code>.
        </Text>
        <CreateTokenForm onCreated={setCreated} />
        {created?.token && (
          <Alert
            mt="md"
            color="yellow"
            variant="light"
            icon={<IconKey size={18} />}
            title="Copy your new token now"
            withCloseButton
            onClose={() => setCreated(null)}
          >
            <Text fz="sm" mb="xs">
              This is the only time it is shown. Store it in your script's secret storage.
            </Text>
            <CopyField value={created.token} aria-label="New API token" testId="new-token" />
          </Alert>
        )}
      </Paper>
      <Paper withBorder radius="md" p="md">
        {list}
      </Paper>
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        title={`Revoke “${deleting?.name ?? ""}”?`}
        message="Scripts using this token will stop working immediately."
        confirmLabel="Revoke token"
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
        error={<FormError message={remove.error ? errorMessage(remove.error) : null} />}
      />
    </Stack>
  );
}
