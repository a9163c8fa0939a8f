import type { Holiday } from "@backlot/contracts/booking/profiles";
import { ActionIcon, Badge, EmptyState, Group, Paper, Stack, Table, Text, Tooltip } from "@mantine/core";
import { IconChevronLeft, IconChevronRight, IconConfetti, IconTrash } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { ConfirmRemoveDialog } from "../../../../components/confirm-remove-dialog";
import { ErrorState } from "../../../../components/error-state";
import { SectionBar } from "../../../../components/section-bar";
import { TableSkeleton } from "../../../../components/table-skeleton";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { useHolidays, useRemoveHoliday } from "../api/holidays-api";
import { AddHolidayForm } from "./add-holiday-form";

function HolidayRows({ items, canManage, onRemove }: { items: Holiday[]; canManage: boolean; onRemove: (h: Holiday) => void }) {
  const today = dayjs().format("YYYY-MM-DD");
  return (
    <Table verticalSpacing="sm">
      <Table.Tbody>
        {items.map((h) => {
          const d = dayjs(h.date);
          const weekend = d.day() === 0 || d.day() === 6;
          return (
            <Table.Tr key={h.id} data-testid="holiday-row" opacity={h.date < today ? 0.55 : 1}>
              <Table.Td w={140}>
                <Text fz="sm" fw={600}>
                  {d.format("ddd D MMM")}
                </Text>
              </Table.Td>
              <Table.Td fz="sm">{h.name}</Table.Td>
              <Table.Td w={120}>
                {weekend && (
                  <Badge size="xs" variant="light" color="gray">
                    Weekend
                  </Badge>
                )}
                {h.date === today && (
                  <Badge size="xs" variant="light" color="teal">
                    Today
                  </Badge>
                )}
              </Table.Td>
              <Table.Td w={48}>
                {canManage && (
                  <Tooltip label="Remove" withArrow>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${h.name}`} onClick={() => onRemove(h)}>
                      <IconTrash size={15} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** The organization's public holidays: days nobody is expected to work (capacity and availability skip them). */
export function HolidaysPage() {
  const { orgId, can } = useCurrentOrg();
  const [year, setYear] = useState(() => dayjs().year());
  const holidays = useHolidays(orgId, year);
  const remove = useRemoveHoliday(orgId);
  const [removing, setRemoving] = useState<Holiday | null>(null);
  const canManage = can("resource.manage");

  let body: React.ReactNode;
  if (holidays.isPending) body = <TableSkeleton rows={5} columns={3} />;
  else if (holidays.isError) body = <ErrorState error={holidays.error} title="Could not load holidays" onRetry={() => holidays.refetch()} />;
  else if (holidays.data.length === 0)
    body = (
      <EmptyState
        py={48}
        icon={<IconConfetti size={28} />}
        variant="light"
        title={`No holidays in ${year}`}
        description="Public holidays take capacity away from everyone: utilization and availability search leave them out."
        maw={520}
        mx="auto"
      />
    );
  else body = <HolidayRows items={holidays.data} canManage={canManage} onRemove={setRemoving} />;

  return (
    <>
      <SectionBar description="Days the studio is closed. Nobody is counted as available on them, and they take no capacity." />
      <Stack gap="md">
        {canManage ? (
          <Paper withBorder radius="md" p="md">
            <AddHolidayForm orgId={orgId} onAdded={(date) => setYear(dayjs(date).year())} />
          </Paper>
        ) : (
          <Text fz="sm" c="dimmed">
            Only admins and managers can change the holiday calendar.
          </Text>
        )}
        <Paper withBorder radius="md">
          <Group justify="space-between" px="md" py="sm" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}>
            <Group gap={4}>
              <ActionIcon variant="subtle" color="gray" aria-label="Previous year" onClick={() => setYear(year - 1)}>
                <IconChevronLeft size={16} />
              </ActionIcon>
              <Text fw={650} w={52} ta="center" data-testid="holiday-year">
                {year}
              </Text>
              <ActionIcon variant="subtle" color="gray" aria-label="Next year" onClick={() => setYear(year + 1)}>
                <IconChevronRight size={16} />
              </ActionIcon>
            </Group>
            {holidays.data && holidays.data.length > 0 && (
              <Text fz="sm" c="dimmed">
                {holidays.data.length} {holidays.data.length === 1 ? "holiday" : "holidays"}
              </Text>
            )}
          </Group>
          <Stack p={holidays.data?.length ? 0 : "md"}>{body}</Stack>
        </Paper>
      </Stack>
      <ConfirmRemoveDialog
        item={removing}
        title="Remove this holiday?"
        message={(h) => `${h.name} on ${dayjs(h.date).format("D MMM YYYY")} becomes a working day again.`}
        done={(h) => `${h.name} removed.`}
        remove={remove}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
