import type { Utilization } from "@backlot/contracts/booking/utilization";
import { Anchor, Badge, Group, Pagination, Stack, Table, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { Link } from "react-router";
import { hours, percent, utilizationColor, weekLabel } from "./weeks";

type Row = Utilization["rows"][number];
type Cell = Row["weeks"][number];
type Props = { orgId: string; data: Utilization; rows: Row[]; page: number; pageSize: number; onPage: (p: number) => void };

function WeekCell({ cell, name }: { cell: Cell; name: string }) {
  const color = utilizationColor(cell.utilization, cell.overAllocated);
  const tip = `${name}, week of ${weekLabel(cell.weekStart)}: ${hours(cell.bookedHours)} confirmed, ${hours(cell.tentativeHours)} on hold, ${hours(cell.capacityHours)} capacity`;
  // Plain elements and a native title, not Mantine components and a Tooltip: a page holds up to
  // 50 × 52 cells, and each component or floating tooltip costs render time.
  return (
    <div
      title={tip}
      data-over={cell.overAllocated || undefined}
      style={{
        padding: "4px 6px",
        borderRadius: 4,
        textAlign: "center",
        background: cell.capacityHours || cell.bookedHours ? `var(--mantine-color-${color}-light)` : undefined,
        outline: cell.overAllocatedWithHolds && !cell.overAllocated ? "1px dashed var(--mantine-color-orange-5)" : undefined,
      }}
    >
      <div style={{ fontSize: 12, fontWeight: 600, color: cell.overAllocated ? "var(--mantine-color-red-7)" : undefined, whiteSpace: "nowrap" }}>
        {cell.overAllocated && (
          <IconAlertTriangle size={12} color="var(--mantine-color-red-6)" aria-label="Over-allocated" style={{ verticalAlign: -2, marginRight: 3 }} />
        )}
        {percent(cell.utilization)}
      </div>
      <div style={{ fontSize: 10, lineHeight: 1.2, color: "var(--mantine-color-dimmed)" }}>
        {Math.round(cell.bookedHours)}/{Math.round(cell.capacityHours)} h
      </div>
    </div>
  );
}

function NameCell({ orgId, row }: { orgId: string; row: Row }) {
  const over = row.weeks.some((w) => w.overAllocated);
  const overWithHolds = !over && row.weeks.some((w) => w.overAllocatedWithHolds);
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        {row.personId ? (
          <Anchor component={Link} to={`/o/${orgId}/people/${row.personId}`} fz="sm" fw={500} truncate maw={180}>
            {row.name}
          </Anchor>
        ) : (
          <Text fz="sm" fw={500}>
            {row.name}{" "}
            <Text span c="dimmed" fz="xs">
              · {row.people} {row.people === 1 ? "person" : "people"}
            </Text>
          </Text>
        )}
        {over && (
          <Badge size="xs" color="red" variant="filled" data-testid="over-allocated-flag">
            Over-allocated
          </Badge>
        )}
        {overWithHolds && (
          <Badge size="xs" color="orange" variant="light">
            Over with holds
          </Badge>
        )}
      </Group>
      {row.personId && (
        <Text fz="xs" c="dimmed">
          {row.department ?? "No department"}
        </Text>
      )}
    </Stack>
  );
}

/** People (or departments) × weeks, a page at a time so 500 people stay quick. */
export function UtilizationTable({ orgId, data, rows, page, pageSize, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={320 + data.weekStarts.length * 84}>
        <Table verticalSpacing={6} horizontalSpacing="xs" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={240}>{data.rows[0]?.personId === null ? "Department" : "Person"}</Table.Th>
              {data.weekStarts.map((w) => (
                <Table.Th key={w} ta="center" fz="xs" c="dimmed" fw={600} miw={76}>
                  {weekLabel(w)}
                </Table.Th>
              ))}
              <Table.Th ta="right" miw={90}>
                Total
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.key} data-testid="utilization-row">
                <Table.Td>
                  <NameCell orgId={orgId} row={row} />
                </Table.Td>
                {row.weeks.map((cell) => (
                  <Table.Td key={cell.weekStart}>
                    <WeekCell cell={cell} name={row.name} />
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  <Text fz="sm" fw={600} c={row.totals.overAllocated ? "red.7" : undefined}>
                    {percent(row.totals.utilization)}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {hours(row.totals.bookedHours)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" px="md" pb="sm">
        <Text fz="xs" c="dimmed">
          {rows.length === 0 ? "0" : `${(page - 1) * pageSize + 1}–${Math.min(page * pageSize, rows.length)}`} of {rows.length}
        </Text>
        {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={onPage} />}
      </Group>
    </Stack>
  );
}
