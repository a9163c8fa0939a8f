import { EmptyState, Group, Paper, Select, SegmentedControl, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconChartBar, IconSearch } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useMemo, useRef, useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { TableSkeleton } from "../../../../components/table-skeleton";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { useDepartments } from "../../../people/api/people-api";
import { useUtilization } from "../api/utilization-api";
import { ProjectCosts } from "./project-costs";
import { groupByDepartment } from "./department-rows";
import { UtilizationCharts } from "./utilization-charts";
import { UtilizationSummary } from "./utilization-summary";
import { UtilizationTable } from "./utilization-table";
import { type WeekRange, WeekRangePicker } from "./week-range-picker";
import { addWeeks, rangeLabel, weekStartOf } from "./weeks";

const pageSize = 50;
type Sort = "busiest" | "name" | "over";

/** Booked vs capacity per person, department and week, over-allocation and cost per project (BOOK-9). */
export function UtilizationPage() {
  const { orgId, organization } = useCurrentOrg();
  const weekStart = organization?.weekStart ?? "monday";
  const [range, setRange] = useState<WeekRange>(() => ({ from: weekStartOf(dayjs(), weekStart), weeks: 8 }));
  const [department, setDepartment] = useState<string | null>(null);
  const [groupBy, setGroupBy] = useState<"person" | "department">("person");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim().toLowerCase(), 150);
  const [onlyOver, setOnlyOver] = useState(false);
  const [sort, setSort] = useState<Sort>("busiest");
  const [page, setPage] = useState(1);
  const tableTop = useRef<HTMLDivElement>(null);
  const to = addWeeks(range.from, range.weeks);
  // Pages change at the bottom of a long table: bring its first row back into view.
  const turnPage = (p: number) => {
    setPage(p);
    tableTop.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  };
  const departments = useDepartments(orgId);
  const people = useUtilization(orgId, { from: range.from, to, groupBy: "person", department });
  const departmentData = useMemo(() => (people.data ? groupByDepartment(people.data) : undefined), [people.data]);
  const tableData = groupBy === "person" ? people.data : departmentData;

  const rows = useMemo(() => {
    const all = tableData?.rows ?? [];
    const filtered = all.filter((r) => (!q || r.name.toLowerCase().includes(q)) && (!onlyOver || r.weeks.some((w) => w.overAllocated)));
    const over = (r: (typeof all)[number]) => r.weeks.filter((w) => w.overAllocated).length;
    const by: Record<Sort, (a: (typeof all)[number], b: (typeof all)[number]) => number> = {
      busiest: (a, b) => (b.totals.utilization ?? 0) - (a.totals.utilization ?? 0),
      name: (a, b) => a.name.localeCompare(b.name),
      over: (a, b) => over(b) - over(a) || (b.totals.utilization ?? 0) - (a.totals.utilization ?? 0),
    };
    return [...filtered].sort((a, b) => by[sort](a, b) || a.name.localeCompare(b.name));
  }, [tableData, q, onlyOver, sort]);
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  let body: React.ReactNode;
  if (people.isPending) body = <TableSkeleton rows={8} columns={6} />;
  else if (people.isError) body = <ErrorState error={people.error} title="Could not load utilization" onRetry={() => people.refetch()} />;
  else if (people.data.rows.length === 0)
    body = (
      <Paper withBorder radius="md" p="md">
        <EmptyState
          py={48}
          icon={<IconChartBar size={28} />}
          variant="light"
          title="No one to show"
          description="Utilization compares bookings with the working hours of active people. Add people (and their working week) under People."
        />
      </Paper>
    );
  else
    body = (
      <Stack gap="md">
        <UtilizationSummary data={people.data} />
        <UtilizationCharts people={people.data} departments={departmentData ?? groupByDepartment(people.data)} />
        <Paper withBorder radius="md" ref={tableTop} style={{ scrollMarginTop: 72 }}>
          <Group justify="space-between" p="sm" gap="sm" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}>
            <Group gap="sm">
              <SegmentedControl
                size="xs"
                value={groupBy}
                onChange={(v) => reset(setGroupBy)(v as "person" | "department")}
                data={[
                  { value: "person", label: "People" },
                  { value: "department", label: "Departments" },
                ]}
              />
              <TextInput
                size="xs"
                w={200}
                placeholder="Find by name"
                aria-label="Find by name"
                leftSection={<IconSearch size={14} />}
                value={search}
                onChange={(e) => reset(setSearch)(e.currentTarget.value)}
              />
              <Switch size="xs" label="Only over-allocated" checked={onlyOver} onChange={(e) => reset(setOnlyOver)(e.currentTarget.checked)} />
            </Group>
            <Select
              size="xs"
              w={190}
              aria-label="Sort"
              allowDeselect={false}
              value={sort}
              onChange={(v) => setSort((v as Sort) ?? "busiest")}
              data={[
                { value: "busiest", label: "Busiest first" },
                { value: "over", label: "Over-allocated first" },
                { value: "name", label: "Name" },
              ]}
            />
          </Group>
          {tableData && <UtilizationTable orgId={orgId} data={tableData} rows={rows} page={page} pageSize={pageSize} onPage={turnPage} />}
        </Paper>
        <ProjectCosts orgId={orgId} from={range.from} to={to} />
      </Stack>
    );

  return (
    <>
      <Group justify="space-between" mb="xs" gap="sm">
        <WeekRangePicker value={range} onChange={reset(setRange)} weekStart={weekStart} />
        <Select
          w={220}
          placeholder="All departments"
          aria-label="Department"
          clearable
          data={departments.data ?? []}
          value={department}
          onChange={reset(setDepartment)}
        />
      </Group>
      <Text fz="sm" c="dimmed" mb="md">
        Confirmed and pencilled hours against working hours, {rangeLabel(range.from, to)}. Capacity leaves out public holidays and time off.
      </Text>
      {body}
    </>
  );
}
