import type { StaffingRequirement } from "@backlot/contracts/booking/planning";
import { Alert, Button, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconLock, IconPlus, IconUsersPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmRemoveDialog } from "../../../../components/confirm-remove-dialog";
import { ErrorState } from "../../../../components/error-state";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { useDeleteRequirement, useStaffing } from "../api/staffing-api";
import { PlaceholdersCard } from "./placeholders-card";
import { RequirementCard } from "./requirement-card";
import { RequirementModal } from "./requirement-modal";

type Props = { orgId: string; projectId: string; canManage: boolean; archived: boolean };
type Dialog = { kind: "edit"; requirement: StaffingRequirement | null } | { kind: "delete"; requirement: StaffingRequirement } | null;

/** A project's staffing (BOOK-6, BOOK-11): who it needs, who is free to do it, and its placeholders. */
export function StaffingTab({ orgId, projectId, canManage: canManageRole, archived }: Props) {
  const staffing = useStaffing(orgId, projectId);
  const remove = useDeleteRequirement(orgId, projectId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canManage = canManageRole && !archived;
  const addButton = (
    <PermissionTooltip orgId={orgId} action="booking.manage" allowed={canManage}>
      <Button leftSection={<IconPlus size={16} />} disabled={!canManage} onClick={() => setDialog({ kind: "edit", requirement: null })}>
        Add requirement
      </Button>
    </PermissionTooltip>
  );

  let body: React.ReactNode;
  if (staffing.isPending) body = <Skeleton h={220} radius="md" aria-label="Loading staffing" />;
  else if (staffing.isError) body = <ErrorState error={staffing.error} title="Could not load staffing" onRetry={() => staffing.refetch()} />;
  else if (staffing.data.length === 0)
    body = (
      <Paper withBorder radius="md">
        <EmptyState
          py={48}
          icon={<IconUsersPlus size={28} />}
          variant="light"
          title="No staffing requirements yet"
          description="Say who the project needs (role, skills, dates, how many) and Backlot lists who is free, best match and cost first, ready to pencil."
          maw={560}
          mx="auto"
        >
          <EmptyState.Actions>{addButton}</EmptyState.Actions>
        </EmptyState>
      </Paper>
    );
  else
    body = staffing.data.map((r) => (
      <RequirementCard
        key={r.id}
        orgId={orgId}
        projectId={projectId}
        requirement={r}
        canManage={canManage}
        onEdit={() => setDialog({ kind: "edit", requirement: r })}
        onDelete={() => setDialog({ kind: "delete", requirement: r })}
      />
    ));

  const needed = (staffing.data ?? []).reduce((s, r) => s + Math.max(0, r.count - r.filled), 0);
  return (
    <Stack gap="md">
      {archived && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
          This project is archived; its staffing is read-only until it is restored.
        </Alert>
      )}
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={3} fz="md" fw={650}>
            Staffing requirements
          </Title>
          <Text fz="sm" c="dimmed">
            {staffing.data?.length ? `${needed} ${needed === 1 ? "person" : "people"} still to book` : "Who this project needs, and who is free"}
          </Text>
        </Stack>
        {addButton}
      </Group>
      {body}
      <PlaceholdersCard orgId={orgId} projectId={projectId} canManage={canManage} />
      {dialog?.kind === "edit" && <RequirementModal orgId={orgId} projectId={projectId} requirement={dialog.requirement} onClose={() => setDialog(null)} />}
      <ConfirmRemoveDialog
        item={dialog?.kind === "delete" ? dialog.requirement : null}
        title="Remove this requirement?"
        message={() => "Bookings made for it stay; they just no longer count towards it."}
        done={(r) => `${r.role} removed.`}
        remove={remove}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}
