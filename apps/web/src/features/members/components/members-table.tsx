import type { Member } from "@backlot/contracts/core/members";
import { type OrgRole, assignableRoles, orgRoles } from "@backlot/contracts/core/roles";
import { ActionIcon, Avatar, Badge, Group, Select, Stack, Table, Text, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconUserMinus } from "@tabler/icons-react";
import { HistoryDrawerButton } from "../../../components/history/history-drawer-button";
import { errorMessage } from "../../../lib/api-client";
import { capitalize, formatDate } from "../../../lib/format";
import { useUpdateMemberRole } from "../api/members-api";
import { roleColors, roleOptions } from "./role-label";

type Props = {
  orgId: string;
  members: Member[];
  myUserId: string;
  myRole: OrgRole;
  canUpdate: boolean;
  canRemove: boolean;
  canReadHistory: boolean;
  onRemove: (m: Member) => void;
};

export function MembersTable(props: Props) {
  const { orgId, members, myUserId, myRole, canUpdate, canRemove, canReadHistory, onRemove } = props;
  const updateRole = useUpdateMemberRole(orgId);
  const allowed = assignableRoles(myRole);
  const change = (m: Member, role: string | null) => {
    if (!role || role === m.role) return;
    updateRole.mutate(
      { id: m.id, version: m.version, role: role as OrgRole },
      {
        onSuccess: (saved) => notifications.show({ color: "teal", message: `${saved.name} is now ${saved.role}.` }),
        onError: (e) => notifications.show({ color: "red", title: "Role not changed", message: errorMessage(e) }),
      },
    );
  };
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} highlightOnHover data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Member</Table.Th>
            <Table.Th w={170}>Role</Table.Th>
            <Table.Th w={130}>Joined</Table.Th>
            <Table.Th w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => {
            const isMe = m.userId === myUserId;
            return (
              <Table.Tr key={m.id} data-testid="member-row">
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Avatar size={28} radius="xl" color="initials" name={m.name} />
                    <Stack gap={0} miw={0}>
                      <Group gap={6}>
                        <Text fz="sm" fw={600} truncate>
                          {m.name}
                        </Text>
                        {isMe && (
                          <Badge size="xs" variant="outline" radius="sm">
                            You
                          </Badge>
                        )}
                      </Group>
                      <Text fz="xs" c="dimmed" truncate>
                        {m.email}
                      </Text>
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {canUpdate && !isMe ? (
                    <Select
                      size="xs"
                      aria-label={`Role of ${m.name}`}
                      data={roleOptions(orgRoles.filter((r) => allowed.includes(r) || r === m.role))}
                      value={m.role}
                      allowDeselect={false}
                      onChange={(role) => change(m, role)}
                    />
                  ) : (
                    <Badge variant="light" color={roleColors[m.role]} radius="sm">
                      {capitalize(m.role)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text fz="xs" c="dimmed">
                    {formatDate(m.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={2} justify="flex-end" wrap="nowrap">
                    {canReadHistory && <HistoryDrawerButton orgId={orgId} recordType="membership" recordId={m.id} title={`Membership of ${m.name}`} />}
                    {canRemove && !isMe && (
                      <Tooltip label={`Remove ${m.name}`} withArrow>
                        <ActionIcon variant="subtle" color="red" onClick={() => onRemove(m)} aria-label={`Remove ${m.name}`}>
                          <IconUserMinus size={16} />
                        </ActionIcon>
                      </Tooltip>
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
