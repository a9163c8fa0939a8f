import { BarChart } from "@mantine/charts";
import { Anchor, EmptyState, Grid, Paper, Skeleton, Table, Text, Title } from "@mantine/core";
import { IconCoin } from "@tabler/icons-react";
import { Link } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { formatMoney } from "../../../../lib/format";
import { type ProjectCost, useBookingCosts } from "../api/utilization-api";

/** The currency most of the money is in: the chart shows that one, the table all. */
function mainCurrency(items: ProjectCost[]) {
  const totals = new Map<string, number>();
  for (const i of items) totals.set(i.currency ?? "", (totals.get(i.currency ?? "") ?? 0) + i.confirmedCost + i.tentativeCost);
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

function CostTable({ orgId, items }: { orgId: string; items: ProjectCost[] }) {
  return (
    <Table verticalSpacing={6} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Project</Table.Th>
          <Table.Th ta="right">Confirmed</Table.Th>
          <Table.Th ta="right">On hold</Table.Th>
          <Table.Th ta="right">Days</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((i) => (
          <Table.Tr key={`${i.projectId}:${i.currency}`} data-testid="project-cost-row">
            <Table.Td>
              <Anchor component={Link} to={`/o/${orgId}/tracking/projects/${i.projectId}/staffing`} fz="sm" fw={500}>
                {i.projectName}
              </Anchor>{" "}
              <Text span fz="xs" c="dimmed" ff="monospace">
                {i.projectCode}
              </Text>
              {i.unpriced > 0 && (
                <Text fz="xs" c="orange.7">
                  {i.unpriced} booking{i.unpriced === 1 ? "" : "s"} without a rate
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {formatMoney(i.confirmedCost, i.currency)}
            </Table.Td>
            <Table.Td ta="right" ff="monospace" c="dimmed">
              {formatMoney(i.tentativeCost, i.currency)}
            </Table.Td>
            <Table.Td ta="right">{Math.round((i.confirmedDays + i.tentativeDays) * 10) / 10}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Cost of bookings per project in the range (BOOK-9): confirmed money and what holds would add. */
export function ProjectCosts({ orgId, from, to }: { orgId: string; from: string; to: string }) {
  const costs = useBookingCosts(orgId, from, to);
  let body: React.ReactNode;
  if (costs.isPending) body = <Skeleton h={220} />;
  else if (costs.isError) body = <ErrorState error={costs.error} title="Could not load booking costs" onRetry={() => costs.refetch()} />;
  else if (costs.data.length === 0)
    body = (
      <EmptyState
        py={32}
        icon={<IconCoin size={24} />}
        variant="light"
        title="No bookings in these weeks"
        description="Costs appear once people or rooms are booked on projects."
      />
    );
  else {
    const currency = mainCurrency(costs.data);
    const points = costs.data
      .filter((i) => (i.currency ?? "") === currency)
      .map((i) => ({ project: i.projectCode, Confirmed: i.confirmedCost, "On hold": i.tentativeCost }));
    body = (
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <BarChart
            h={Math.max(180, points.length * 40 + 60)}
            data={points}
            dataKey="project"
            orientation="vertical"
            type="stacked"
            yAxisProps={{ width: 70 }}
            valueFormatter={(v) => formatMoney(v, currency || null)}
            withLegend
            legendProps={{ verticalAlign: "top", height: 36 }}
            series={[
              { name: "Confirmed", color: "indigo.6" },
              { name: "On hold", color: "indigo.2" },
            ]}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <CostTable orgId={orgId} items={costs.data} />
        </Grid.Col>
      </Grid>
    );
  }
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} fz="sm" fw={650} mb={4}>
        Booking cost per project
      </Title>
      <Text fz="xs" c="dimmed" mb="sm">
        Rates × booked days in these weeks. Holds are what the project would pay if they were all confirmed.
      </Text>
      {body}
    </Paper>
  );
}
