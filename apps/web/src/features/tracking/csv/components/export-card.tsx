import { Button, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconDownload, IconFileExport } from "@tabler/icons-react";
import { useState } from "react";
import { exportUrl } from "../api/csv-api";
import type { ImportTarget } from "./import-kinds";

type Props = { orgId: string; projectId: string; targets: ImportTarget[] };

/** Downloads in the same columns the import reads, so export → edit → import round-trips. */
export function ExportCard({ orgId, projectId, targets }: Props) {
  const entityTargets = targets.filter((t) => t.kind === "entities");
  const [type, setType] = useState<string>(entityTargets.find((t) => t.type === "shot")?.type ?? entityTargets[0]?.type ?? "shot");
  return (
    <Paper withBorder radius="md" p="md">
      <Group gap="xs" mb="xs">
        <IconFileExport size={18} />
        <Title order={3} fz="md" fw={650}>
          Export
        </Title>
      </Group>
      <Text fz="xs" c="dimmed" mb="sm">
        CSV files in the columns the import reads: edit them in a spreadsheet and import them back.
      </Text>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Select
            size="sm"
            data={entityTargets.map((t) => ({ value: t.type ?? "", label: t.label }))}
            value={type}
            onChange={(v) => v && setType(v)}
            allowDeselect={false}
            aria-label="Entity type to export"
            style={{ flex: 1 }}
          />
          <Button
            component="a"
            href={exportUrl(orgId, projectId, { kind: "entities", type })}
            download
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            Download
          </Button>
        </Group>
        <Group gap="xs" grow>
          <Button component="a" href={exportUrl(orgId, projectId, { kind: "tasks" })} download variant="default" leftSection={<IconDownload size={16} />}>
            Tasks
          </Button>
          <Button component="a" href={exportUrl(orgId, projectId, { kind: "casting" })} download variant="default" leftSection={<IconDownload size={16} />}>
            Casting
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
