import { FormError } from "../../../components/form-error";
import type { Member } from "@backlot/contracts/core/members";
import { Paper, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { ErrorState } from "../../../components/error-state";
import { NoAccessState } from "../../../components/no-access-state";
import { TableSkeleton } from "../../../components/table-skeleton";
import { errorMessage } from "../../../lib/api-client";
import { useMe } from "../../auth/api/session-api";
import { useCurrentOrg } from "../../organizations/api/current-org";
import { useMembers, useRemoveMember } from "../api/members-api";
import { LeaveOrganization } from "./leave-organization";
import { MembersTable } from "./members-table";

export function MembersSection() {
  const { orgId, organization, role, can } = useCurrentOrg();
  const me = useMe();
  const [q, setQ] = useState("");
  const [debounced] = useDebouncedValue(q, 250);
  const members = useMembers(orgId, debounced, can("member.read"));
  const remove = useRemoveMember(orgId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const items = members.data?.items ?? [];

  let content: React.ReactNode;
  if (!can("member.read")) content = <NoAccessState description="The member list is visible to studio staff." />;
  else if (members.isPending) content = <TableSkeleton rows={4} columns={3} />;
  else if (members.isError) content = <ErrorState error={members.error} title="Could not load members" onRetry={() => members.refetch()} />;
  else if (items.length === 0)
    content = (
      <Text fz="sm" c="dimmed" py="md" ta="center">
        {q ? "No member matches this search." : "No members yet."}
      </Text>
    );
  else
    content = (
      <MembersTable
        orgId={orgId}
        members={items}
        myUserId={me.data?.user.id ?? ""}
        myRole={role ?? "guest"}
        canUpdate={can("member.update")}
        canRemove={can("member.remove")}
        canReadHistory={can("audit.read")}
        onRemove={setRemoving}
      />
    );

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md">
        <TextInput
          aria-label="Search members"
          placeholder="Search members by name or email"
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          mb="md"
          maw={360}
        />
        {content}
      </Paper>
      {organization && <LeaveOrganization orgId={orgId} orgName={organization.name} />}
      <ConfirmDialog
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        title={`Remove ${removing?.name ?? "member"}?`}
        message="They lose access to this organization immediately. Their history stays."
        confirmLabel="Remove member"
        loading={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              notifications.show({ color: "teal", message: `${removing.name} was removed.` });
              setRemoving(null);
            },
          })
        }
        error={<FormError message={remove.error ? errorMessage(remove.error) : null} />}
      />
    </Stack>
  );
}
