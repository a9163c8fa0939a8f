import type { Person } from "@backlot/contracts/core/people";
import { Anchor, Avatar, Group, Stack, Table, Text } from "@mantine/core";
import { Link, useNavigate } from "react-router";
import { formatRelative } from "../../../lib/format";
import { PersonStatusBadge } from "./person-status-badge";

type Props = { orgId: string; people: Person[] };

export function PeopleTable({ orgId, people }: Props) {
  const navigate = useNavigate();
  // The whole row opens the person; real links inside it (name, email) keep their own behaviour.
  const openRow = (e: React.MouseEvent, id: string) => {
    if ((e.target as HTMLElement).closest("a")) return;
    navigate(`/o/${orgId}/people/${id}`);
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing={6} horizontalSpacing="md" fz="sm" stickyHeader data-testid="people-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Department</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.id} data-testid="person-row" onClick={(e) => openRow(e, p.id)} style={{ cursor: "pointer" }}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar size={28} radius="xl" color="initials" name={p.displayName} />
                  <Stack gap={0} miw={0}>
                    <Anchor component={Link} to={`/o/${orgId}/people/${p.id}`} fz="sm" fw={600} c="inherit" truncate>
                      {p.displayName}
                    </Anchor>
                    {p.title && (
                      <Text fz="xs" c="dimmed" truncate>
                        {p.title}
                      </Text>
                    )}
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td>
                {p.department ?? (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {p.email ? (
                  <Anchor href={`mailto:${p.email}`} fz="sm" c="dimmed">
                    {p.email}
                  </Anchor>
                ) : (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {p.phone ?? (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <PersonStatusBadge person={p} />
              </Table.Td>
              <Table.Td ta="right">
                <Text fz="xs" c="dimmed">
                  {formatRelative(p.updatedAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
