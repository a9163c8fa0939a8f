import type { Invitation } from "@backlot/contracts/core/invitations";
import { ActionIcon, Badge, CopyButton, Group, Table, Text, Tooltip } from "@mantine/core";
import { IconBan, IconCheck, IconLink, IconSend } from "@tabler/icons-react";
import { HistoryDrawerButton } from "../../../components/history/history-drawer-button";
import { capitalize, formatDate, formatRelative } from "../../../lib/format";

type Props = {
  invitations: Invitation[];
  links: Record<string, string>;
  canManage: boolean;
  canReadHistory: boolean;
  orgId: string;
  busyId: string | null;
  onResend: (i: Invitation) => void;
  onRevoke: (i: Invitation) => void;
};

export function InvitationsTable(props: Props) {
  const { invitations, links, canManage, canReadHistory, orgId, busyId, onResend, onRevoke } = props;
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing={6} highlightOnHover data-testid="invitations-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th w={110}>Role</Table.Th>
            <Table.Th w={150}>Invited</Table.Th>
            <Table.Th w={130}>Expires</Table.Th>
            <Table.Th w={150} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((i) => {
            const link = links[i.id];
            return (
              <Table.Tr key={i.id} data-testid="invitation-row">
                <Table.Td>
                  <Text fz="sm" fw={500}>
                    {i.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray" radius="sm">
                    {capitalize(i.role)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text fz="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                    {formatRelative(i.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {i.status === "expired" || new Date(i.expiresAt) < new Date() ? (
                    <Badge color="orange" variant="light" size="sm" radius="sm">
                      Expired
                    </Badge>
                  ) : (
                    <Text fz="xs" c="dimmed">
                      {formatDate(i.expiresAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={2} justify="flex-end" wrap="nowrap">
                    {link && (
                      <CopyButton value={link}>
                        {({ copied, copy }) => (
                          <Tooltip label={copied ? "Copied" : "Copy invitation link"} withArrow>
                            <ActionIcon variant="subtle" color={copied ? "teal" : "gray"} onClick={copy} aria-label="Copy link">
                              {copied ? <IconCheck size={16} /> : <IconLink size={16} />}
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </CopyButton>
                    )}
                    {canReadHistory && <HistoryDrawerButton orgId={orgId} recordType="invitation" recordId={i.id} title={`Invitation to ${i.email}`} />}
                    {canManage && (
                      <>
                        <Tooltip label="Resend with a new link" withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            loading={busyId === i.id}
                            onClick={() => onResend(i)}
                            aria-label={`Resend invitation to ${i.email}`}
                          >
                            <IconSend size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label="Revoke" withArrow>
                          <ActionIcon variant="subtle" color="red" onClick={() => onRevoke(i)} aria-label={`Revoke invitation to ${i.email}`}>
                            <IconBan size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
