import type { Utilization } from "@backlot/contracts/booking/utilization";
import { BarChart } from "@mantine/charts";
import { Grid, Paper, Text, Title } from "@mantine/core";
import { weekLabel } from "./weeks";

const round = (n: number) => Math.round(n * 10) / 10;

const pct = (part: number, whole: number) => (whole > 0 ? round((part / whole) * 100) : 0);

/** Share of everyone's capacity booked each week: confirmed and held stacked, 100% marked. */
function WeeklyChart({ data }: { data: Utilization }) {
  const points = data.weekStarts.map((weekStart, i) => {
    const cells = data.rows.map((r) => r.weeks[i]).filter((c) => c !== undefined);
    const sum = (k: "capacityHours" | "bookedHours" | "tentativeHours") => cells.reduce((s, c) => s + c[k], 0);
    const capacity = sum("capacityHours");
    return { week: weekLabel(weekStart), Confirmed: pct(sum("bookedHours"), capacity), "On hold": pct(sum("tentativeHours"), capacity) };
  });
  return (
    <BarChart
      h={260}
      data={points}
      dataKey="week"
      type="stacked"
      valueFormatter={(v) => `${v}%`}
      withLegend
      legendProps={{ verticalAlign: "top", height: 36 }}
      maxBarWidth={40}
      referenceLines={[{ y: 100, color: "red.6", label: "Capacity", labelPosition: "insideTopRight" }]}
      series={[
        { name: "Confirmed", color: "teal.6" },
        { name: "On hold", color: "yellow.5" },
      ]}
    />
  );
}

/** Utilization per department over the range; over 100% is over-allocated. */
function DepartmentChart({ departments }: { departments: Utilization }) {
  const points = departments.rows
    .map((r) => ({
      department: r.name,
      Confirmed: pct(r.totals.bookedHours, r.totals.capacityHours),
      "With holds": pct(r.totals.bookedHours + r.totals.tentativeHours, r.totals.capacityHours),
    }))
    .filter((p) => p["With holds"] > 0)
    .sort((a, b) => b["With holds"] - a["With holds"])
    .slice(0, 12);
  if (points.length === 0)
    return (
      <Text fz="sm" c="dimmed" py="xl" ta="center">
        No department has bookings in these weeks.
      </Text>
    );
  return (
    <BarChart
      h={Math.max(200, points.length * 34 + 60)}
      data={points}
      dataKey="department"
      orientation="vertical"
      valueFormatter={(v) => `${v}%`}
      yAxisProps={{ width: 110 }}
      withLegend
      legendProps={{ verticalAlign: "top", height: 36 }}
      referenceLines={[{ x: 100, color: "red.6", label: "Capacity", labelPosition: "insideTopRight" }]}
      series={[
        { name: "Confirmed", color: "teal.6" },
        { name: "With holds", color: "yellow.5" },
      ]}
    />
  );
}

type Props = { people: Utilization; departments: Utilization };

export function UtilizationCharts({ people, departments }: Props) {
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Paper withBorder radius="md" p="md" h="100%">
          <Title order={3} fz="sm" fw={650} mb={4}>
            Booked vs capacity per week
          </Title>
          <Text fz="xs" c="dimmed" mb="sm">
            Share of the working hours of everyone in this view.
          </Text>
          <WeeklyChart data={people} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Paper withBorder radius="md" p="md" h="100%">
          <Title order={3} fz="sm" fw={650} mb={4}>
            By department
          </Title>
          <Text fz="xs" c="dimmed" mb="sm">
            Share of capacity booked over the range.
          </Text>
          <DepartmentChart departments={departments} />
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
