import { Alert, Grid, Skeleton, Stack } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { ErrorState } from "../../../../components/error-state";
import { useProjectConfig } from "../../config/api/config-api";
import { ExportCard } from "./export-card";
import { importTargets } from "./import-kinds";
import { ImportsHistory } from "./imports-history";
import { ImportWizard } from "./import-wizard";

type Props = { orgId: string; projectId: string; canImport: boolean; archived: boolean };

/** CSV import (dry run, diff, apply, undo) and export of a project's entities, tasks and casting. */
export function CsvTab({ orgId, projectId, canImport, archived }: Props) {
  const config = useProjectConfig(orgId, projectId);
  if (config.isPending)
    return (
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Skeleton h={360} radius="md" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Skeleton h={360} radius="md" />
        </Grid.Col>
      </Grid>
    );
  if (config.isError) return <ErrorState error={config.error} title="Could not load the project's entity types" onRetry={() => void config.refetch()} />;
  const targets = importTargets(config.data.entityTypes);
  const allowed = canImport && !archived;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          {archived && (
            <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
              This project is archived; restore it to import.
            </Alert>
          )}
          <ImportWizard orgId={orgId} projectId={projectId} targets={targets} canImport={allowed} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="md">
          <ExportCard orgId={orgId} projectId={projectId} targets={targets} />
          <ImportsHistory orgId={orgId} projectId={projectId} canUndo={allowed} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
