import { Button, Group, Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";

type Props = {
  orgId: string;
  title: string;
  description: ReactNode;
  addLabel: string;
  canManage: boolean;
  onAdd: () => void;
  showArchived?: boolean;
  onShowArchived?: (v: boolean) => void;
  children: ReactNode;
  testId?: string;
};

/** A titled panel of pipeline settings with its add button and an optional "show archived" switch. */
export function ConfigSection({ orgId, title, description, addLabel, canManage, onAdd, showArchived, onShowArchived, children, testId }: Props) {
  return (
    <Paper withBorder radius="md" data-testid={testId}>
      <Stack gap={4} p="md" pb="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} fz="md" fw={650}>
            {title}
          </Title>
          <Group gap="sm" wrap="nowrap">
            {onShowArchived && <Switch size="xs" label="Show archived" checked={showArchived} onChange={(e) => onShowArchived(e.currentTarget.checked)} />}
            <PermissionTooltip orgId={orgId} action="project.manage" allowed={canManage}>
              <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAdd} disabled={!canManage}>
                {addLabel}
              </Button>
            </PermissionTooltip>
          </Group>
        </Group>
        <Text fz="xs" c="dimmed" maw={560}>
          {description}
        </Text>
      </Stack>
      <div style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>{children}</div>
    </Paper>
  );
}

/** The centred line a section shows when it has nothing to list. */
export function SectionEmpty({ children }: { children: ReactNode }) {
  return (
    <Text fz="sm" c="dimmed" ta="center" py="lg" px="md">
      {children}
    </Text>
  );
}
