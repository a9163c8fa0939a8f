import { projectTemplates } from "@backlot/contracts/tracking/projects";
import { Group, Paper, Radio, SimpleGrid, Stack, Table, Text, ThemeIcon } from "@mantine/core";
import { IconBox, IconDeviceGamepad2, IconFile, IconMovie, IconPlayerPlay, IconSparkles } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { defaultStatusNames, type ProjectTemplateKey, templateInfo } from "./project-labels";

const icons: Record<ProjectTemplateKey, ReactNode> = {
  vfx: <IconSparkles size={18} />,
  animation: <IconPlayerPlay size={18} />,
  game: <IconDeviceGamepad2 size={18} />,
  film: <IconMovie size={18} />,
  series: <IconBox size={18} />,
  blank: <IconFile size={18} />,
};

type Props = { value: ProjectTemplateKey; onChange: (t: ProjectTemplateKey) => void };

/** Template cards, and below them exactly what the chosen one sets up. */
export function TemplatePicker({ value, onChange }: Props) {
  const info = templateInfo[value];
  return (
    <Stack gap="sm">
      <Radio.Group
        value={value}
        onChange={(v) => onChange(v as ProjectTemplateKey)}
        label="Template"
        description="Presets the pipeline; you can change everything later."
      >
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt={6}>
          {projectTemplates.map((t) => (
            <Radio.Card key={t} value={t} radius="md" p="sm" aria-label={`${templateInfo[t].label} template`} data-testid={`template-${t}`}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon variant={value === t ? "filled" : "light"} radius="md" size={32}>
                  {icons[t]}
                </ThemeIcon>
                <Stack gap={0} miw={0}>
                  <Text fw={650} fz="sm">
                    {templateInfo[t].label}
                  </Text>
                  <Text fz="xs" c="dimmed" lh={1.35}>
                    {templateInfo[t].summary}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)" data-testid="template-preview">
        <Table fz="xs" verticalSpacing={3} horizontalSpacing="xs" withRowBorders={false}>
          <Table.Tbody>
            <PreviewRow label="Structure">{info.hierarchy}</PreviewRow>
            <PreviewRow label="Asset types">{info.assetTypes}</PreviewRow>
            {info.steps.length === 0 ? (
              <PreviewRow label="Pipeline steps">None yet: add your own after creating the project</PreviewRow>
            ) : (
              info.steps.map((s) => (
                <PreviewRow key={s.on} label={`${s.on} steps`}>
                  {s.names}
                </PreviewRow>
              ))
            )}
            <PreviewRow label="Statuses">{defaultStatusNames}</PreviewRow>
            <PreviewRow label="Role slots">{info.slots}</PreviewRow>
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

function PreviewRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td w={110} c="dimmed" style={{ verticalAlign: "top", whiteSpace: "nowrap" }}>
        {label}
      </Table.Td>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
