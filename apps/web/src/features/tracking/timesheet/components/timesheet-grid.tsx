import type { TimeLog, Timesheet } from "@backlot/contracts/tracking/time-logs";
import { Table, Text } from "@mantine/core";
import dayjs from "dayjs";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { formatMinutes } from "../api/duration";
import { useSaveCell } from "../api/use-save-cell";
import { TimeCell } from "./time-cell";

export type SheetRow = Timesheet["rows"][number];
type Props = { sheet: Timesheet; rows: SheetRow[]; logs: TimeLog[]; logsReady: boolean };

const rowLabel = (r: SheetRow) => [r.projectCode, r.entityCode, r.taskName].filter(Boolean).join(" · ");

/** The week as a grid: a row per task, a column per day, totals along the right and bottom. */
export function TimesheetGrid({ sheet, rows, logs, logsReady }: Props) {
  const { orgId } = useCurrentOrg();
  const save = useSaveCell(orgId, sheet.personId);
  const today = dayjs().format("YYYY-MM-DD");
  const cellLogs = (taskId: string, day: string) => logs.filter((l) => l.taskId === taskId && l.day === day);
  return (
    <Table verticalSpacing={6} horizontalSpacing="sm" data-testid="timesheet" style={{ tableLayout: "fixed" }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">Task</Table.Th>
          {sheet.days.map((d) => (
            <Table.Th key={d} ta="right" c={d === today ? "var(--mantine-primary-color-filled)" : undefined}>
              <Text fz="xs" fw={700} tt="uppercase" c="inherit">
                {dayjs(d).format("ddd")}
              </Text>
              <Text fz="xs" c={d === today ? "inherit" : "dimmed"}>
                {dayjs(d).format("D MMM")}
              </Text>
            </Table.Th>
          ))}
          <Table.Th ta="right" w={100}>
            Total
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.taskId} data-testid="timesheet-row" data-task={rowLabel(r)}>
            <Table.Td>
              <Text fz="sm" fw={600} truncate>
                <Text span ff="monospace" fw={700}>
                  {r.entityCode ?? r.taskName}
                </Text>{" "}
                {r.entityCode ? r.taskName : ""}
              </Text>
              <Text fz="xs" c="dimmed">
                {r.projectCode}
              </Text>
            </Table.Td>
            {sheet.days.map((d, i) => {
              const entries = cellLogs(r.taskId, d);
              return (
                <Table.Td key={d}>
                  <TimeCell
                    minutes={r.minutes[i] ?? 0}
                    entries={entries.length}
                    label={`${rowLabel(r)}, ${dayjs(d).format("dddd D MMM")}`}
                    disabled={!logsReady}
                    highlight={d === today}
                    onSave={(minutes) => save.mutateAsync({ taskId: r.taskId, day: d, minutes, logs: entries })}
                  />
                </Table.Td>
              );
            })}
            <Table.Td ta="right" fw={700} data-testid="row-total" style={{ whiteSpace: "nowrap" }}>
              {formatMinutes(r.total) || "—"}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>Day total</Table.Th>
          {sheet.dayTotals.map((m, i) => (
            <Table.Th key={sheet.days[i]} ta="right" c={m > 8 * 60 ? "orange" : undefined} data-testid="day-total">
              {formatMinutes(m) || "—"}
            </Table.Th>
          ))}
          <Table.Th ta="right" style={{ whiteSpace: "nowrap" }}>
            {formatMinutes(sheet.total) || "—"}
          </Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
