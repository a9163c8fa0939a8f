import type { AuditEntry } from "@backlot/contracts/core/audit";
import { Button, Paper, Skeleton, Stack, Text, ThemeIcon, Timeline, Title } from "@mantine/core";
import { IconArchive, IconHistory, IconLock, IconPencil, IconPlus, IconRestore, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { ErrorState } from "../error-state";
import { HistoryEntry } from "./history-entry";
import { type HistoryRecordType, useRecordHistory } from "./use-record-history";

const bullets: Record<AuditEntry["action"], { icon: ReactNode; color: string }> = {
  create: { icon: <IconPlus size={12} />, color: "teal" },
  update: { icon: <IconPencil size={12} />, color: "blue" },
  delete: { icon: <IconTrash size={12} />, color: "red" },
  archive: { icon: <IconArchive size={12} />, color: "orange" },
  restore: { icon: <IconRestore size={12} />, color: "teal" },
};

type Props = {
  orgId: string;
  recordType: HistoryRecordType;
  recordId: string;
  /** False when the user's role may not read the audit trail (audit.read). */
  canRead?: boolean;
  fieldLabels?: Record<string, string>;
  valueLabels?: Record<string, Record<string, string>>;
  hideFields?: readonly string[];
};

/** The change history of any record: who, when, what, and each field's old → new value. */
export function HistoryPanel({ orgId, recordType, recordId, canRead = true, fieldLabels, valueLabels, hideFields }: Props) {
  const history = useRecordHistory(orgId, recordType, recordId, canRead);
  const entries = history.data?.pages.flatMap((p) => p.items) ?? [];

  let body: ReactNode;
  if (!canRead) {
    body = (
      <Stack align="center" gap={6} py="md">
        <ThemeIcon variant="light" color="gray" radius="xl">
          <IconLock size={16} />
        </ThemeIcon>
        <Text fz="sm" c="dimmed" ta="center">
          History is visible to admins and managers.
        </Text>
      </Stack>
    );
  } else if (history.isPending) {
    body = (
      <Stack gap="md">
        {[0, 1, 2].map((i) => (
          <Stack key={i} gap={6}>
            <Skeleton h={12} w="60%" />
            <Skeleton h={10} w="30%" />
            <Skeleton h={32} />
          </Stack>
        ))}
      </Stack>
    );
  } else if (history.isError) {
    body = <ErrorState error={history.error} title="Could not load history" onRetry={() => history.refetch()} />;
  } else if (entries.length === 0) {
    body = (
      <Text fz="sm" c="dimmed" py="sm">
        No changes recorded yet.
      </Text>
    );
  } else {
    body = (
      <Stack gap="sm">
        <Timeline bulletSize={22} lineWidth={2}>
          {entries.map((entry) => (
            <Timeline.Item key={entry.id} bullet={bullets[entry.action].icon} color={bullets[entry.action].color}>
              <HistoryEntry entry={entry} fieldLabels={fieldLabels} valueLabels={valueLabels} hideFields={hideFields} />
            </Timeline.Item>
          ))}
        </Timeline>
        {history.hasNextPage && (
          <Button variant="subtle" size="xs" loading={history.isFetchingNextPage} onClick={() => history.fetchNextPage()}>
            Show older changes
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md" p="md" data-testid="history-panel">
      <Title order={3} fz="sm" fw={650} mb="md" style={{ display: "flex", alignItems: "center", gap: 6 }}>
        <IconHistory size={16} /> History
      </Title>
      {body}
    </Paper>
  );
}
