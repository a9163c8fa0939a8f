import type { Entity } from "@backlot/contracts/tracking/entities";
import { Badge, Button, Group, Skeleton, Stack, Table, Text } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { useCasting, useEntityCasting } from "../../entities/api/entity-records-api";
import { CastingEditor } from "./casting-editor";

type Props = { orgId: string; projectId: string; entity: Entity; canEdit: boolean };

/** In a shot's drawer: the assets it uses. In an asset's drawer: the shots it appears in. */
export function CastingList({ orgId, projectId, entity, canEdit }: Props) {
  const isAsset = entity.typeKey === "asset";
  const ofShot = useEntityCasting(orgId, projectId, entity.id);
  const ofAsset = useCasting(orgId, projectId, { assetId: entity.id }, isAsset);
  const query = isAsset ? ofAsset : ofShot;
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <Skeleton h={120} />;
  if (query.isError) return <ErrorState error={query.error} title="Could not load casting" onRetry={() => void query.refetch()} />;
  const items = query.data;
  const total = items.reduce((n, c) => n + c.occurrences, 0);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fz="sm" c="dimmed">
          {isAsset
            ? `In ${items.length} shot${items.length === 1 ? "" : "s"}, ${total} occurrence${total === 1 ? "" : "s"}`
            : `${items.length} asset${items.length === 1 ? "" : "s"} cast`}
        </Text>
        {!isAsset && (
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} disabled={!canEdit} onClick={() => setEditing(true)}>
            Edit casting
          </Button>
        )}
      </Group>
      {items.length > 0 && (
        <Table verticalSpacing={4} data-testid="casting-list">
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={`${c.entityId}-${c.assetId}`}>
                <Table.Td>
                  <Text fz="sm" ff="monospace" fw={600}>
                    {isAsset ? c.entityCode : c.assetCode}
                  </Text>
                </Table.Td>
                <Table.Td>{!isAsset && <Text fz="sm">{c.assetName ?? ""}</Text>}</Table.Td>
                <Table.Td>
                  {!isAsset && c.assetType && (
                    <Badge size="xs" variant="light" tt="capitalize">
                      {c.assetType}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Text fz="sm">× {c.occurrences}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <CastingEditor orgId={orgId} projectId={projectId} entity={entity} current={items} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
