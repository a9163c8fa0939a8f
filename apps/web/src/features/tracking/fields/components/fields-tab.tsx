import type { FieldDefinition } from "@backlot/contracts/tracking/fields";
import { Badge, Button, EmptyState, Group, Paper, SegmentedControl, Stack, Switch, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconForms, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { RowActions } from "../../../../components/row-actions";
import { TableSkeleton } from "../../../../components/table-skeleton";
import { errorMessage } from "../../../../lib/api-client";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { useProjectConfig } from "../../config/api/config-api";
import { useFieldDefinitions, useUpdateField } from "../api/fields-api";
import { FieldModal } from "./field-modal";
import { fieldTypeLabels, formatFieldValue } from "./field-types";

type Props = { orgId: string; projectId: string; canManage: boolean; canReadHistory: boolean };

/** The objects fields can belong to: the project's entity types, plus tasks. */
function useObjects(orgId: string, projectId: string) {
  const config = useProjectConfig(orgId, projectId);
  const objects = (config.data?.entityTypes ?? []).map((t) => ({ value: t.key, label: `${t.name}s` }));
  return { config, objects: [...objects, { value: "task", label: "Tasks" }] };
}

const historyLabels = { label: "Label", options: "Options", required: "Required", defaultValue: "Default", archivedAt: "Archived", sortOrder: "Order" };

function FieldRows({
  orgId,
  fields,
  canManage,
  canReadHistory,
  onEdit,
  onArchive,
}: {
  orgId: string;
  canReadHistory: boolean;
  fields: FieldDefinition[];
  canManage: boolean;
  onEdit: (f: FieldDefinition) => void;
  onArchive: (f: FieldDefinition, archived: boolean) => void;
}) {
  return (
    <Table verticalSpacing="sm" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Label</Table.Th>
          <Table.Th>Key</Table.Th>
          <Table.Th>Type</Table.Th>
          <Table.Th>Options</Table.Th>
          <Table.Th>Default</Table.Th>
          <Table.Th w={60} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((f) => (
          <Table.Tr key={f.id} opacity={f.archivedAt ? 0.55 : 1} data-testid={`field-row-${f.key}`}>
            <Table.Td>
              <Group gap={6}>
                <Text fz="sm" fw={550}>
                  {f.label}
                </Text>
                {f.required && (
                  <Badge size="xs" variant="light" color="orange">
                    Required
                  </Badge>
                )}
                {f.archivedAt && (
                  <Badge size="xs" variant="light" color="gray">
                    Archived
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text fz="sm" ff="monospace" c="dimmed">
                {f.key}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text fz="sm">{fieldTypeLabels[f.fieldType]}</Text>
            </Table.Td>
            <Table.Td maw={280}>
              <Group gap={4}>
                {f.options.slice(0, 6).map((o) => (
                  <Badge key={o} size="sm" variant="default" tt="none">
                    {o}
                  </Badge>
                ))}
                {f.options.length > 6 && (
                  <Text fz="xs" c="dimmed">
                    +{f.options.length - 6}
                  </Text>
                )}
                {f.options.length === 0 && <Text c="dimmed">—</Text>}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text fz="sm">{formatFieldValue(f.fieldType, f.defaultValue)}</Text>
            </Table.Td>
            <Table.Td>
              <RowActions
                orgId={orgId}
                label={f.label}
                recordType="field_definition"
                recordId={f.id}
                canManage={canManage}
                canReadHistory={canReadHistory}
                archived={Boolean(f.archivedAt)}
                onEdit={() => onEdit(f)}
                onArchive={(a) => onArchive(f, a)}
                historyLabels={{ fieldLabels: historyLabels }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Custom fields admin (CORE-7): per entity type and for tasks; add, edit, archive, restore. */
export function FieldsTab({ orgId, projectId, canManage, canReadHistory }: Props) {
  const { config, objects } = useObjects(orgId, projectId);
  const [object, setObject] = useState("shot");
  const current = objects.find((o) => o.value === object) ?? objects[0];
  const fields = useFieldDefinitions(orgId, projectId);
  const update = useUpdateField(orgId, projectId);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<FieldDefinition | "new" | null>(null);

  const mine = (fields.data ?? []).filter((f) => f.object === current?.value).sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label));
  const shown = showArchived ? mine : mine.filter((f) => !f.archivedAt);
  const archive = (f: FieldDefinition, archived: boolean) =>
    update.mutate(
      { id: f.id, version: f.version, archived },
      {
        onSuccess: () => notifications.show({ color: "teal", message: `${f.label} ${archived ? "archived: its values are kept but hidden" : "restored"}.` }),
        onError: (e) => notifications.show({ color: "red", title: `${f.label} was not changed`, message: errorMessage(e) }),
      },
    );
  const addButton = (
    <PermissionTooltip orgId={orgId} action="field.manage" allowed={canManage}>
      <Button leftSection={<IconPlus size={16} />} disabled={!canManage || !current} onClick={() => setEditing("new")}>
        Add field
      </Button>
    </PermissionTooltip>
  );

  let body: React.ReactNode;
  if (fields.isPending || config.isPending) body = <TableSkeleton rows={4} columns={5} />;
  else if (fields.isError || config.isError)
    body = <ErrorState error={fields.error ?? config.error} title="Could not load custom fields" onRetry={() => void fields.refetch()} />;
  else if (shown.length === 0)
    body = (
      <EmptyState
        py={48}
        icon={<IconForms size={28} />}
        variant="light"
        title={`No custom fields on ${current?.label.toLowerCase()} yet`}
        description="Add the facts your studio tracks that Backlot does not: complexity, vendor, bid days, delivery format. They show in forms, the grid and CSV."
        maw={560}
        mx="auto"
      >
        <EmptyState.Actions>{addButton}</EmptyState.Actions>
      </EmptyState>
    );
  else body = <FieldRows orgId={orgId} fields={shown} canManage={canManage} canReadHistory={canReadHistory} onEdit={setEditing} onArchive={archive} />;

  return (
    <Stack gap="md">
      <Paper withBorder radius="md">
        <Group justify="space-between" p="md" gap="sm">
          <Group gap="lg">
            <Title order={3} fz="md" fw={650}>
              Custom fields
            </Title>
            <SegmentedControl size="xs" data={objects} value={current?.value ?? "shot"} onChange={setObject} aria-label="Object" />
          </Group>
          <Group gap="sm">
            {mine.some((f) => f.archivedAt) && (
              <Switch size="xs" label="Show archived" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
            )}
            {addButton}
          </Group>
        </Group>
        <div style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>{body}</div>
      </Paper>
      {editing && current && (
        <FieldModal
          orgId={orgId}
          projectId={projectId}
          object={current.value}
          objectName={current.label.toLowerCase()}
          field={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
