import type { Invitation } from "@backlot/contracts/core/invitations";
import { Alert, CloseButton, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconMailForward } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { CopyField } from "../../../components/copy-field";
import { ErrorState } from "../../../components/error-state";
import { NoAccessState } from "../../../components/no-access-state";
import { TableSkeleton } from "../../../components/table-skeleton";
import { errorMessage } from "../../../lib/api-client";
import { useCurrentOrg } from "../../organizations/api/current-org";
import { useInvitations, useResendInvitation, useRevokeInvitation } from "../api/invitations-api";
import { InvitationsTable } from "./invitations-table";
import { InviteForm } from "./invite-form";

export function InvitationsSection() {
  const { orgId, role, can } = useCurrentOrg();
  const canInvite = can("member.invite");
  const invitations = useInvitations(orgId, can("member.read"));
  const resend = useResendInvitation(orgId);
  const revoke = useRevokeInvitation(orgId);
  const [links, setLinks] = useState<Record<string, string>>({});
  const [latest, setLatest] = useState<Invitation | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  const remember = (i: Invitation) => {
    if (i.acceptUrl) setLinks((l) => ({ ...l, [i.id]: i.acceptUrl as string }));
    setLatest(i);
  };

  const items = invitations.data ?? [];
  let list: React.ReactNode;
  if (!can("member.read")) list = <NoAccessState description="Invitations are visible to studio staff." />;
  else if (invitations.isPending) list = <TableSkeleton rows={3} columns={4} />;
  else if (invitations.isError) list = <ErrorState error={invitations.error} title="Could not load invitations" onRetry={() => invitations.refetch()} />;
  else if (items.length === 0)
    list = (
      <Text fz="sm" c="dimmed" ta="center" py="lg">
        No open invitations.
      </Text>
    );
  else
    list = (
      <InvitationsTable
        invitations={items}
        links={links}
        canManage={canInvite}
        canReadHistory={can("audit.read")}
        orgId={orgId}
        busyId={resend.isPending ? (resend.variables ?? null) : null}
        onResend={(i) =>
          resend.mutate(i.id, {
            onSuccess: (fresh) => {
              remember(fresh);
              notifications.show({ color: "teal", message: `Invitation re-sent to ${fresh.email}.` });
            },
            onError: (e) => notifications.show({ color: "red", message: errorMessage(e) }),
          })
        }
        onRevoke={setRevoking}
      />
    );

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Title order={3} fz="sm" fw={650} mb="xs">
          Invite someone
        </Title>
        <InviteForm orgId={orgId} myRole={role ?? "guest"} allowed={canInvite} onInvited={remember} />
        {latest?.acceptUrl && (
          <Alert mt="md" color="teal" variant="light" icon={<IconMailForward size={18} />} data-testid="invite-link">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap="xs" style={{ flex: 1 }} miw={0}>
                <Text fz="sm">
                  Invitation for <b>{latest.email}</b> is ready. Share this link if the email doesn't arrive:
                </Text>
                <CopyField value={latest.acceptUrl} aria-label="Invitation link" testId="accept-url" />
              </Stack>
              <CloseButton size="sm" onClick={() => setLatest(null)} aria-label="Dismiss" />
            </Group>
          </Alert>
        )}
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={3} fz="sm" fw={650} mb="sm">
          Open invitations
        </Title>
        {list}
      </Paper>
      <ConfirmDialog
        opened={revoking !== null}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        title="Revoke invitation?"
        message={`The link sent to ${revoking?.email ?? ""} will stop working.`}
        confirmLabel="Revoke"
        loading={revoke.isPending}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              // The link stops working, so stop offering it.
              setLinks(({ [revoking.id]: _gone, ...rest }) => rest);
              setLatest((l) => (l?.id === revoking.id ? null : l));
              setRevoking(null);
            },
          })
        }
        error={
          revoke.error && (
            <Alert color="red" variant="light">
              {errorMessage(revoke.error)}
            </Alert>
          )
        }
      />
    </Stack>
  );
}
