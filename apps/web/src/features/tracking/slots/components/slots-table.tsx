import type { RoleSlot } from "@backlot/contracts/tracking/slots";
import { Anchor, Avatar, Badge, Button, Group, Menu, Stack, Table, Text } from "@mantine/core";
import { IconUserMinus, IconUserPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { RowActions } from "../../../../components/row-actions";

const history = {
  fieldLabels: { displayName: "Credit", role: "Role", department: "Department", personName: "Person", sortOrder: "Order", archivedAt: "Archived" },
  hideFields: ["projectId", "personId", "personUserId"],
};

type Props = {
  orgId: string;
  slots: RoleSlot[];
  canManage: boolean;
  canReadHistory: boolean;
  onEdit: (slot: RoleSlot) => void;
  onFill: (slot: RoleSlot) => void;
  onVacate: (slot: RoleSlot) => void;
  onArchive: (slot: RoleSlot, archive: boolean) => void;
};

function PersonCell({ orgId, slot, canManage, onFill }: { orgId: string; slot: RoleSlot; canManage: boolean; onFill: () => void }) {
  if (slot.personId && slot.personName)
    return (
      <Group gap="sm" wrap="nowrap">
        <Avatar size={26} radius="xl" color="initials" name={slot.personName} />
        <Anchor component={Link} to={`/o/${orgId}/people/${slot.personId}`} fz="sm" c="inherit" fw={550} truncate>
          {slot.personName}
        </Anchor>
      </Group>
    );
  return (
    <Group gap="sm" wrap="nowrap">
      <Badge variant="outline" color="gray" size="sm" radius="sm" style={{ borderStyle: "dashed" }}>
        Open
      </Badge>
      {canManage && !slot.archivedAt && (
        <Button size="compact-xs" variant="subtle" leftSection={<IconUserPlus size={13} />} onClick={onFill}>
          Fill
        </Button>
      )}
    </Group>
  );
}

export function SlotsTable({ orgId, slots, canManage, canReadHistory, onEdit, onFill, onVacate, onArchive }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={8} horizontalSpacing="md" highlightOnHover data-testid="slots-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Credit</Table.Th>
            <Table.Th w={200}>Department</Table.Th>
            <Table.Th w={280}>Filled by</Table.Th>
            <Table.Th w={48} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {slots.map((s) => (
            <Table.Tr key={s.id} data-testid="slot-row" style={s.archivedAt ? { opacity: 0.6 } : undefined}>
              <Table.Td>
                <Stack gap={0}>
                  <Group gap={6}>
                    <Text fz="sm" fw={600}>
                      {s.displayName}
                    </Text>
                    {s.archivedAt && (
                      <Badge size="xs" variant="outline" color="gray">
                        Archived
                      </Badge>
                    )}
                  </Group>
                  <Text fz="xs" c="dimmed">
                    {s.role}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                {s.department ?? (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <PersonCell orgId={orgId} slot={s} canManage={canManage} onFill={() => onFill(s)} />
              </Table.Td>
              <Table.Td>
                <RowActions
                  orgId={orgId}
                  label={s.displayName}
                  recordType="role_slot"
                  historyLabels={history}
                  recordId={s.id}
                  canManage={canManage}
                  canReadHistory={canReadHistory}
                  archived={Boolean(s.archivedAt)}
                  onEdit={() => onEdit(s)}
                  onArchive={(archive) => onArchive(s, archive)}
                  extra={
                    !s.archivedAt && (
                      <>
                        <Menu.Item leftSection={<IconUserPlus size={14} />} disabled={!canManage} onClick={() => onFill(s)}>
                          {s.personId ? "Change person" : "Fill with a person"}
                        </Menu.Item>
                        {s.personId && (
                          <Menu.Item leftSection={<IconUserMinus size={14} />} disabled={!canManage} onClick={() => onVacate(s)}>
                            Make open again
                          </Menu.Item>
                        )}
                      </>
                    )
                  }
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
