import { Alert, Grid, Skeleton, Stack } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { ErrorState } from "../../../../components/error-state";
import { useDepartments } from "../../../people/api/people-api";
import { useProjectConfig } from "../api/config-api";
import { EntityTypesSection } from "./entity-types-section";
import { StatusesSection } from "./statuses-section";
import { TaskTypesSection } from "./task-types-section";

type Props = { orgId: string; projectId: string; canManage: boolean; canReadHistory: boolean; archived: boolean };

function PipelineSkeleton() {
  return (
    <Grid gap="lg" aria-busy="true" aria-label="Loading pipeline settings">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Skeleton h={520} radius="md" />
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Stack>
          <Skeleton h={360} radius="md" />
          <Skeleton h={180} radius="md" />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/** Pipeline settings: entity types, task types per entity type, and statuses (TRK-5). */
export function PipelineTab({ orgId, projectId, canManage: canManageRole, canReadHistory, archived }: Props) {
  const config = useProjectConfig(orgId, projectId);
  const people = useDepartments(orgId, canManageRole);
  if (config.isPending) return <PipelineSkeleton />;
  if (config.isError) return <ErrorState error={config.error} title="Could not load the pipeline settings" onRetry={() => config.refetch()} />;

  const { entityTypes, taskTypes, statuses } = config.data;
  const canManage = canManageRole && !archived;
  const departments = [...new Set([...taskTypes.flatMap((t) => (t.department ? [t.department] : [])), ...(people.data ?? [])])].sort();
  const shared = { orgId, projectId, canManage, canReadHistory };
  return (
    <Stack gap="lg">
      {archived && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
          This project is archived; its pipeline is read-only until it is restored.
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <TaskTypesSection {...shared} taskTypes={taskTypes} entityTypes={entityTypes} departments={departments} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="lg">
            <StatusesSection {...shared} statuses={statuses} />
            <EntityTypesSection {...shared} entityTypes={entityTypes} taskTypes={taskTypes} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
