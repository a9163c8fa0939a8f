import type { Timesheet } from "@backlot/contracts/tracking/time-logs";
import { ActionIcon, Button, EmptyState, Group, Paper, Skeleton, Stack, Text, Tooltip } from "@mantine/core";
import { IconChevronLeft, IconChevronRight, IconClockOff, IconUserQuestion } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { PageHeader } from "../../../../components/page-header";
import { isApiError } from "../../../../lib/api-client";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { formatMinutes } from "../api/duration";
import { useTimeLogs, useTimesheet } from "../api/time-api";
import { AddTaskRow } from "./add-task-row";
import { TimesheetGrid, type SheetRow } from "./timesheet-grid";

const iso = (d: dayjs.Dayjs) => d.format("YYYY-MM-DD");

/** Rows to show: the week's logged tasks, then tasks added here that have no time yet. */
function rowsOf(sheet: Timesheet, added: SheetRow[]): SheetRow[] {
  const logged: SheetRow[] = sheet.rows.map((r) => ({ ...r }));
  const extra = added.filter((a) => !logged.some((r) => r.taskId === a.taskId));
  return [...logged, ...extra];
}

/** My week (TRK-9): tasks × days, minutes typed into cells, totals per day, task and week. */
export function TimesheetPage() {
  const { orgId } = useCurrentOrg();
  const [params, setParams] = useSearchParams();
  const week = params.get("week") ?? iso(dayjs());
  const sheet = useTimesheet(orgId, week);
  const days = sheet.data?.days ?? [];
  const logs = useTimeLogs(orgId, { personId: sheet.data?.personId, from: days[0], to: days[6] }, Boolean(sheet.data));
  const [added, setAdded] = useState<SheetRow[]>([]);
  const move = (n: number) => setParams({ week: iso(dayjs(sheet.data?.weekStart ?? week).add(n, "week")) }, { replace: true });

  const header = (
    <PageHeader
      title="My timesheet"
      description={sheet.data ? `${sheet.data.personName} · week of ${dayjs(sheet.data.weekStart).format("D MMM YYYY")}` : undefined}
      actions={
        <Group gap={6}>
          <Tooltip label="Previous week" withArrow>
            <ActionIcon variant="default" size="lg" onClick={() => move(-1)} aria-label="Previous week">
              <IconChevronLeft size={16} />
            </ActionIcon>
          </Tooltip>
          <Button variant="default" onClick={() => setParams({}, { replace: true })}>
            This week
          </Button>
          <Tooltip label="Next week" withArrow>
            <ActionIcon variant="default" size="lg" onClick={() => move(1)} aria-label="Next week">
              <IconChevronRight size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      }
    />
  );

  if (sheet.isPending)
    return (
      <>
        {header}
        <Skeleton h={320} radius="md" aria-label="Loading the timesheet" />
      </>
    );
  if (sheet.isError) {
    const unlinked = isApiError(sheet.error) && sheet.error.status === 400;
    return (
      <>
        {header}
        {unlinked ? (
          <EmptyState
            py={64}
            icon={<IconUserQuestion size={28} />}
            withIndicatorBackground
            title="Your login isn't linked to a person"
            description="Time is logged against people in the studio directory. Ask an admin to link your login to your person record."
          />
        ) : (
          <ErrorState error={sheet.error} title="Could not load the timesheet" onRetry={() => sheet.refetch()} />
        )}
      </>
    );
  }

  const s = sheet.data;
  const rows = rowsOf(s, added);
  return (
    <>
      {header}
      <Stack gap="md">
        <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
          {rows.length === 0 ? (
            <EmptyState
              py={48}
              size="sm"
              icon={<IconClockOff size={24} />}
              title="No time logged this week"
              description="Add one of your tasks below, then type the time into its days."
            />
          ) : (
            <TimesheetGrid sheet={s} rows={rows} logs={logs.data?.items ?? []} logsReady={logs.isSuccess} />
          )}
          <AddTaskRow orgId={orgId} exclude={rows.map((r) => r.taskId)} onAdd={(row) => setAdded((list) => [...list, row])} />
        </Paper>
        <Text fz="sm" c="dimmed">
          Type minutes (<b>90</b>) or hours and minutes (<b>1h30</b>, <b>1:30</b>), then Enter. Week total:{" "}
          <b data-testid="week-total">{formatMinutes(s.total) || "0h"}</b>
        </Text>
      </Stack>
    </>
  );
}
