import { Badge, Group, Skeleton, Table, Text } from "@mantine/core";
import { ErrorState } from "../../../../components/error-state";
import { formatDate } from "../../../../lib/format";
import { useProjectConfig } from "../../config/api/config-api";
import { StatusPill } from "../../config/components/status-pill";
import { useEntityTasks } from "../api/entity-records-api";

type Props = { orgId: string; projectId: string; entityId: string };

/** An entity's tasks in pipeline order with status, dates and estimate. */
export function EntityTasks({ orgId, projectId, entityId }: Props) {
  const tasks = useEntityTasks(orgId, projectId, entityId);
  const config = useProjectConfig(orgId, projectId);
  if (tasks.isPending) return <Skeleton h={160} />;
  if (tasks.isError) return <ErrorState error={tasks.error} title="Could not load tasks" onRetry={() => void tasks.refetch()} />;
  if (tasks.data.length === 0)
    return (
      <Text fz="sm" c="dimmed" py="md">
        No tasks yet. Task templates add them when a record is created; the grid adds them one by one.
      </Text>
    );
  const status = new Map((config.data?.statuses ?? []).map((s) => [s.id, s]));
  const order = new Map((config.data?.taskTypes ?? []).map((t) => [t.id, t.sortOrder]));
  const sorted = [...tasks.data].sort((a, b) => (order.get(a.taskTypeId) ?? 0) - (order.get(b.taskTypeId) ?? 0));
  return (
    <Table verticalSpacing={6} data-testid="entity-tasks">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Task</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Start</Table.Th>
          <Table.Th>Due</Table.Th>
          <Table.Th ta="right">Estimate</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((t) => {
          const s = status.get(t.statusId);
          return (
            <Table.Tr key={t.id}>
              <Table.Td>
                <Group gap={6}>
                  <Text fz="sm" fw={550}>
                    {t.name}
                  </Text>
                  {t.assigneeSlotIds.length > 0 && (
                    <Badge size="xs" variant="light" color="gray">
                      {t.assigneeSlotIds.length} assigned
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{s ? <StatusPill name={s.name} shortCode={s.shortCode} color={s.color} full size="xs" /> : "—"}</Table.Td>
              <Table.Td>
                <Text fz="xs">{formatDate(t.startDate)}</Text>
              </Table.Td>
              <Table.Td>
                <Text fz="xs">{formatDate(t.dueDate)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text fz="xs">{t.estimateHours != null ? `${t.estimateHours} h` : "—"}</Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
