import type { RoleSlot } from "@backlot/contracts/tracking/slots";
import { Alert, Button, EmptyState, Group, Paper, RingProgress, Stack, Switch, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDownload, IconLock, IconPlus, IconUsersGroup } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { TableSkeleton } from "../../../../components/table-skeleton";
import { errorMessage } from "../../../../lib/api-client";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { creditsCsvUrl, useSlots, useUpdateSlot } from "../api/slots-api";
import { FillSlotModal } from "./fill-slot-modal";
import { SlotModal } from "./slot-modal";
import { SlotsTable } from "./slots-table";

type Props = { orgId: string; projectId: string; canManage: boolean; canReadHistory: boolean; archived: boolean };

type Dialog = { kind: "add" } | { kind: "edit"; slot: RoleSlot } | { kind: "fill"; slot: RoleSlot } | null;

function Summary({ slots }: { slots: RoleSlot[] }) {
  const filled = slots.filter((s) => s.personId).length;
  const pct = slots.length ? Math.round((filled / slots.length) * 100) : 0;
  return (
    <Group gap="sm" wrap="nowrap">
      <RingProgress size={44} thickness={5} roundCaps={pct > 0} sections={[{ value: pct, color: "teal" }]} aria-label={`${pct}% of roles filled`} />
      <Stack gap={0}>
        <Text fz="sm" fw={600} data-testid="slot-summary">
          {filled} of {slots.length} roles filled
        </Text>
        <Text fz="xs" c="dimmed">
          {slots.length - filled} open
        </Text>
      </Stack>
    </Group>
  );
}

/** The project's crew as role slots (TRK-2): add, fill with a person, archive, export credits. */
export function TeamTab({ orgId, projectId, canManage: canManageRole, canReadHistory, archived }: Props) {
  const slots = useSlots(orgId, projectId);
  const update = useUpdateSlot(orgId, projectId);
  const [showArchived, setShowArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canManage = canManageRole && !archived;

  const change = (slot: RoleSlot, body: { personId?: null; archived?: boolean }, done: string) =>
    update.mutate(
      { id: slot.id, version: slot.version, ...body },
      {
        onSuccess: () => notifications.show({ color: "teal", message: done }),
        onError: (e) => notifications.show({ color: "red", title: `${slot.displayName} was not changed`, message: errorMessage(e) }),
      },
    );

  const all = slots.data ?? [];
  const active = all.filter((s) => !s.archivedAt);
  const shown = showArchived ? all : active;
  const addButton = (
    <PermissionTooltip orgId={orgId} action="project.manage" allowed={canManage}>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: "add" })} disabled={!canManage}>
        Add role
      </Button>
    </PermissionTooltip>
  );

  let body: React.ReactNode;
  if (slots.isPending) body = <TableSkeleton rows={6} columns={3} />;
  else if (slots.isError) body = <ErrorState error={slots.error} title="Could not load the team" onRetry={() => slots.refetch()} />;
  else if (shown.length === 0)
    body = (
      <EmptyState
        py={48}
        icon={<IconUsersGroup size={28} />}
        variant="light"
        title="No roles yet"
        description="Add the roles this project needs (supervisor, producer, artists). Fill them with people now or later; the credits list comes from here."
        maw={560}
        mx="auto"
      >
        <EmptyState.Actions>{addButton}</EmptyState.Actions>
      </EmptyState>
    );
  else
    body = (
      <SlotsTable
        orgId={orgId}
        slots={shown}
        canManage={canManage}
        canReadHistory={canReadHistory}
        onEdit={(slot) => setDialog({ kind: "edit", slot })}
        onFill={(slot) => setDialog({ kind: "fill", slot })}
        onVacate={(s) => change(s, { personId: null }, `${s.displayName} is open again.`)}
        onArchive={(s, a) => change(s, { archived: a }, `${s.displayName} was ${a ? "archived" : "restored"}.`)}
      />
    );

  return (
    <Stack gap="md">
      {archived && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
          This project is archived; its team is read-only until it is restored.
        </Alert>
      )}
      <Paper withBorder radius="md">
        <Group justify="space-between" p="md" wrap="wrap" gap="sm">
          <Group gap="xl">
            <Title order={3} fz="md" fw={650}>
              Team
            </Title>
            {active.length > 0 && <Summary slots={active} />}
          </Group>
          <Group gap="sm">
            {all.some((s) => s.archivedAt) && (
              <Switch size="xs" label="Show archived" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
            )}
            <Button
              component="a"
              href={creditsCsvUrl(orgId, projectId)}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
              data-disabled={active.length === 0 || undefined}
              onClick={(e) => active.length === 0 && e.preventDefault()}
            >
              Export credits
            </Button>
            {addButton}
          </Group>
        </Group>
        <div style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>{body}</div>
      </Paper>
      {dialog?.kind === "add" && <SlotModal orgId={orgId} projectId={projectId} slot={null} slots={all} opened onClose={() => setDialog(null)} />}
      {dialog?.kind === "edit" && (
        <SlotModal key={dialog.slot.id} orgId={orgId} projectId={projectId} slot={dialog.slot} slots={all} opened onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "fill" && (
        <FillSlotModal key={dialog.slot.id} orgId={orgId} projectId={projectId} slot={dialog.slot} opened onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
