import type { Resource } from "@backlot/contracts/booking/resources";
import { Badge, Group, Menu, Table, Text, ThemeIcon } from "@mantine/core";
import { IconBuildingWarehouse, IconCalendarShare, IconCamera, IconDoor } from "@tabler/icons-react";
import { RowActions } from "../../../../components/row-actions";
import { formatMoney } from "../../../../lib/format";

type Props = {
  orgId: string;
  resources: Resource[];
  /** Rates without a currency are in the organization's. */
  orgCurrency: string | null;
  canManage: boolean;
  canReadHistory: boolean;
  onEdit: (r: Resource) => void;
  onFeed: (r: Resource) => void;
  onArchive: (r: Resource, archive: boolean) => void;
};

/** Rooms by studio, then equipment: the order the list arrives in, with a header per group. */
function groupOf(r: Resource) {
  return r.kind === "equipment" ? "Equipment" : (r.studioName ?? "Rooms without a studio");
}

export function ResourcesTable({ orgId, resources, orgCurrency, canManage, canReadHistory, onEdit, onFeed, onArchive }: Props) {
  const groups = new Map<string, Resource[]>();
  for (const r of resources) groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r]);
  return (
    <Table verticalSpacing="sm" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Location</Table.Th>
          <Table.Th ta="right">Capacity</Table.Th>
          <Table.Th ta="right">Day rate</Table.Th>
          <Table.Th>Time zone</Table.Th>
          <Table.Th w={48} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...groups.entries()].flatMap(([group, items]) => [
          <Table.Tr key={`g:${group}`} bg="var(--mantine-color-default-hover)">
            <Table.Td colSpan={6} py={6}>
              <Group gap={6}>
                {group === "Equipment" ? <IconCamera size={14} /> : <IconBuildingWarehouse size={14} />}
                <Text fz="xs" fw={650} tt="uppercase" c="dimmed" lts={0.4}>
                  {group}
                </Text>
                <Text fz="xs" c="dimmed">
                  {items.length}
                </Text>
              </Group>
            </Table.Td>
          </Table.Tr>,
          ...items.map((r) => (
            <Table.Tr key={r.id} data-testid="resource-row" opacity={r.archivedAt ? 0.6 : 1}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <ThemeIcon variant="light" color={r.kind === "room" ? "indigo" : "orange"} size="md" radius="sm">
                    {r.kind === "room" ? <IconDoor size={16} /> : <IconCamera size={16} />}
                  </ThemeIcon>
                  <div>
                    <Text fz="sm" fw={500}>
                      {r.name}
                    </Text>
                    {r.description && (
                      <Text fz="xs" c="dimmed" lineClamp={1} maw={360}>
                        {r.description}
                      </Text>
                    )}
                  </div>
                  {r.archivedAt && (
                    <Badge size="xs" color="gray" variant="outline">
                      Archived
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td fz="sm">{r.location ?? <Text c="dimmed">—</Text>}</Table.Td>
              <Table.Td ta="right" fz="sm">
                {r.capacity ?? "—"}
              </Table.Td>
              <Table.Td ta="right" fz="sm" ff="monospace">
                {formatMoney(r.dayRate, r.currency ?? orgCurrency)}
              </Table.Td>
              <Table.Td fz="sm" c={r.timeZone ? undefined : "dimmed"}>
                {r.timeZone ?? "Organization's"}
              </Table.Td>
              <Table.Td>
                <RowActions
                  orgId={orgId}
                  label={r.name}
                  recordType="resource"
                  recordId={r.id}
                  canManage={canManage}
                  canReadHistory={canReadHistory}
                  archived={Boolean(r.archivedAt)}
                  onEdit={() => onEdit(r)}
                  onArchive={(a) => onArchive(r, a)}
                  extra={
                    <Menu.Item leftSection={<IconCalendarShare size={14} />} onClick={() => onFeed(r)}>
                      Calendar feed
                    </Menu.Item>
                  }
                />
              </Table.Td>
            </Table.Tr>
          )),
        ])}
      </Table.Tbody>
    </Table>
  );
}
