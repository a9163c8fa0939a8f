import type { ImportRecord } from "@backlot/contracts/tracking/csv";
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArrowBackUp, IconHistory } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../../components/confirm-dialog";
import { ErrorState } from "../../../../components/error-state";
import { errorMessage } from "../../../../lib/api-client";
import { formatDateTime } from "../../../../lib/format";
import { useImports, useUndoImport } from "../api/csv-api";
import { kindLabels } from "./import-kinds";

type Props = { orgId: string; projectId: string; canUndo: boolean };

function summaryText(s: Record<string, number>) {
  const parts = [s.create ? `${s.create} new` : null, s.update ? `${s.update} changed` : null].filter(Boolean);
  return parts.join(", ") || "no changes";
}

/** Recent imports, newest first; only the latest one that is not undone can be undone. */
export function ImportsHistory({ orgId, projectId, canUndo }: Props) {
  const imports = useImports(orgId, projectId);
  const undo = useUndoImport(orgId, projectId);
  const [confirming, setConfirming] = useState<ImportRecord | null>(null);
  const latest = imports.data?.find((i) => !i.undoneAt);

  let body: React.ReactNode;
  if (imports.isPending) body = <Skeleton h={120} />;
  else if (imports.isError) body = <ErrorState error={imports.error} title="Could not load imports" onRetry={() => void imports.refetch()} />;
  else if (imports.data.length === 0)
    body = (
      <Text fz="sm" c="dimmed" py="sm">
        No imports yet. Each import you apply is listed here, and the latest can be undone.
      </Text>
    );
  else
    body = (
      <Stack gap={0} data-testid="imports-history">
        {imports.data.slice(0, 12).map((i) => (
          <Group key={i.id} justify="space-between" wrap="nowrap" py={8} style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Group gap={6} wrap="nowrap">
                <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
                  {kindLabels[i.kind] ?? i.kind}
                </Badge>
                <Text fz="sm" fw={550} truncate>
                  {i.fileName ?? "Untitled file"}
                </Text>
              </Group>
              <Text fz="xs" c="dimmed">
                {summaryText(i.summary)} · {formatDateTime(i.createdAt)}
              </Text>
            </Stack>
            {i.undoneAt ? (
              <Badge size="sm" color="gray" variant="outline" style={{ flexShrink: 0 }}>
                Undone
              </Badge>
            ) : i.id === latest?.id ? (
              <Button
                size="xs"
                variant="light"
                color="orange"
                style={{ flexShrink: 0 }}
                leftSection={<IconArrowBackUp size={14} />}
                disabled={!canUndo}
                onClick={() => setConfirming(i)}
              >
                Undo
              </Button>
            ) : null}
          </Group>
        ))}
      </Stack>
    );

  return (
    <Paper withBorder radius="md" p="md">
      <Group gap="xs" mb="xs">
        <IconHistory size={18} />
        <Title order={3} fz="md" fw={650}>
          Imports
        </Title>
      </Group>
      {body}
      {confirming && (
        <ConfirmDialog
          opened
          title="Undo this import?"
          confirmLabel="Undo import"
          color="orange"
          loading={undo.isPending}
          onClose={() => setConfirming(null)}
          message={`Records created by ${confirming.fileName ?? "this import"} are removed and the ones it changed get their earlier values back (${summaryText(confirming.summary)}).`}
          onConfirm={() =>
            undo.mutate(confirming.id, {
              onSuccess: (r) => {
                notifications.show({ color: "teal", message: `Import undone: ${r.deleted} removed, ${r.restored} put back as they were.` });
                setConfirming(null);
              },
              onError: (e) => notifications.show({ color: "red", title: "The import was not undone", message: errorMessage(e) }),
            })
          }
        />
      )}
    </Paper>
  );
}
