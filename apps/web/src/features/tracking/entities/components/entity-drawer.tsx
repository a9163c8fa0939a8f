import type { EntityType } from "@backlot/contracts/tracking/config";
import type { Entity } from "@backlot/contracts/tracking/entities";
import { Badge, Button, Drawer, Group, Skeleton, Stack, Table, Tabs, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconArchive, IconPencil, IconRestore } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { HistoryPanel } from "../../../../components/history/history-panel";
import { errorMessage } from "../../../../lib/api-client";
import { CastingList } from "../../casting/components/casting-list";
import { activeFields, useFieldDefinitions } from "../../fields/api/fields-api";
import { formatFieldValue } from "../../fields/components/field-types";
import { useArchiveEntity, useEntity } from "../api/entity-records-api";
import { EntityFormModal } from "./entity-form-modal";
import { EntityTasks } from "./entity-tasks";

type Props = {
  orgId: string;
  projectId: string;
  entityId: string | null;
  types: EntityType[];
  canEdit: boolean;
  canReadHistory: boolean;
  onClose: () => void;
};

const historyLabels = {
  code: "Code",
  name: "Name",
  description: "Description",
  parentId: "Parent",
  assetType: "Asset type",
  frameIn: "Frame in",
  frameOut: "Frame out",
  fps: "fps",
  tags: "Tags",
  custom: "Custom fields",
  archivedAt: "Archived",
};

function Details({ orgId, projectId, entity }: { orgId: string; projectId: string; entity: Entity }) {
  const fields = useFieldDefinitions(orgId, projectId);
  const rows: [string, string][] = [
    ["Name", entity.name ?? "—"],
    ["Parent", entity.parentCode ?? "—"],
    ...(entity.assetType ? [["Asset type", entity.assetType] as [string, string]] : []),
    ...(entity.frameIn != null || entity.frameOut != null
      ? [
          ["Frames", `${entity.frameIn ?? "?"}–${entity.frameOut ?? "?"}`] as [string, string],
          ["Cut duration", entity.cutDuration != null ? `${entity.cutDuration} frames` : "—"] as [string, string],
        ]
      : []),
    ...(entity.fps != null ? [["fps", String(entity.fps)] as [string, string]] : []),
    ["Tags", entity.tags.join(", ") || "—"],
    ...activeFields(fields.data, entity.typeKey).map((f) => [f.label, formatFieldValue(f.fieldType, entity.custom[f.key])] as [string, string]),
  ];
  return (
    <Stack gap="sm">
      <Table variant="vertical" layout="fixed" withTableBorder data-testid="entity-details">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={160}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {entity.description && (
        <Text fz="sm" style={{ whiteSpace: "pre-wrap" }}>
          {entity.description}
        </Text>
      )}
    </Stack>
  );
}

/** One entity: details, tasks, casting and history, with edit and archive / restore. */
export function EntityDrawer({ orgId, projectId, entityId, types, canEdit, canReadHistory, onClose }: Props) {
  const entity = useEntity(orgId, projectId, entityId);
  const archive = useArchiveEntity(orgId, projectId);
  const [editing, setEditing] = useState(false);
  const e = entity.data;
  const type = types.find((t) => t.key === e?.typeKey);
  const castable = e && (e.typeKey === "shot" || e.typeKey === "scene");
  const assetRecord = e?.typeKey === "asset";

  const toggleArchive = (target: Entity) =>
    archive.mutate(
      { entity: target, archived: !target.archivedAt },
      {
        onSuccess: (saved) => notifications.show({ color: "teal", message: `${saved.code} ${saved.archivedAt ? "archived" : "restored"}.` }),
        onError: (err) => notifications.show({ color: "red", title: `${target.code} was not changed`, message: errorMessage(err) }),
      },
    );

  let body: React.ReactNode;
  if (entity.isPending) body = <Skeleton h={300} />;
  else if (entity.isError) body = <ErrorState error={entity.error} title="Could not load this record" onRetry={() => void entity.refetch()} />;
  else if (e)
    body = (
      <Stack gap="md">
        <Group justify="space-between">
          <Group gap="xs">
            <Badge variant="light">{type?.name ?? e.typeKey}</Badge>
            {e.archivedAt && (
              <Badge color="gray" variant="filled" data-testid="entity-archived">
                Archived
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} />}
              disabled={!canEdit || Boolean(e.archivedAt)}
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
            <Button
              size="xs"
              variant="light"
              color={e.archivedAt ? "teal" : "orange"}
              leftSection={e.archivedAt ? <IconRestore size={14} /> : <IconArchive size={14} />}
              disabled={!canEdit}
              loading={archive.isPending}
              onClick={() => toggleArchive(e)}
            >
              {e.archivedAt ? "Restore" : "Archive"}
            </Button>
          </Group>
        </Group>
        <Tabs defaultValue="details" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="details">Details</Tabs.Tab>
            <Tabs.Tab value="tasks">Tasks</Tabs.Tab>
            {(castable || assetRecord) && <Tabs.Tab value="casting">{assetRecord ? "Appears in" : "Casting"}</Tabs.Tab>}
            <Tabs.Tab value="history">History</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="details">
            <Details orgId={orgId} projectId={projectId} entity={e} />
          </Tabs.Panel>
          <Tabs.Panel value="tasks">
            <EntityTasks orgId={orgId} projectId={projectId} entityId={e.id} />
          </Tabs.Panel>
          <Tabs.Panel value="casting">
            <CastingList orgId={orgId} projectId={projectId} entity={e} canEdit={canEdit && !e.archivedAt} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <HistoryPanel orgId={orgId} recordType="entity" recordId={e.id} canRead={canReadHistory} fieldLabels={historyLabels} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    );

  return (
    <>
      <Drawer
        opened={Boolean(entityId)}
        onClose={onClose}
        position="right"
        size="xl"
        title={
          e ? (
            <Group gap="sm">
              <Text ff="monospace" fw={700} fz="lg">
                {e.code}
              </Text>
              {e.name && <Text c="dimmed">{e.name}</Text>}
            </Group>
          ) : (
            "Loading…"
          )
        }
      >
        {body}
      </Drawer>
      {editing && e && type && <EntityFormModal key={e.version} orgId={orgId} projectId={projectId} type={type} entity={e} onClose={() => setEditing(false)} />}
    </>
  );
}
