import type { EntityType } from "@backlot/contracts/tracking/config";
import type { Entity } from "@backlot/contracts/tracking/entities";
import type { FieldDefinition } from "@backlot/contracts/tracking/fields";
import { Badge, Group, Table, Text } from "@mantine/core";
import { formatRelative } from "../../../../lib/format";
import { formatFieldValue } from "../../fields/components/field-types";

type Props = { type: EntityType; entities: Entity[]; fields: FieldDefinition[]; onOpen: (e: Entity) => void };

const frames = (e: Entity) => (e.frameIn != null && e.frameOut != null ? `${e.frameIn}–${e.frameOut}` : "—");

/** Entities of one type; the columns follow the type (frames for shots, asset type for assets). */
export function EntitiesTable({ type, entities, fields, onOpen }: Props) {
  const shot = type.key === "shot" || entities.some((e) => e.frameIn != null);
  const asset = type.key === "asset" || entities.some((e) => e.assetType);
  const custom = fields.slice(0, 4);
  return (
    <Table highlightOnHover verticalSpacing={8} data-testid="entities-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Code</Table.Th>
          <Table.Th>Name</Table.Th>
          {type.parentKey && <Table.Th tt="capitalize">{type.parentKey}</Table.Th>}
          {asset && <Table.Th>Asset type</Table.Th>}
          {shot && <Table.Th>Frames</Table.Th>}
          {shot && <Table.Th ta="right">Duration</Table.Th>}
          {custom.map((f) => (
            <Table.Th key={f.id}>{f.label}</Table.Th>
          ))}
          <Table.Th>Tags</Table.Th>
          <Table.Th>Updated</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entities.map((e) => (
          <Table.Tr key={e.id} onClick={() => onOpen(e)} style={{ cursor: "pointer" }} opacity={e.archivedAt ? 0.55 : 1} data-testid="entity-row">
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text fz="sm" ff="monospace" fw={600}>
                  {e.code}
                </Text>
                {e.archivedAt && (
                  <Badge size="xs" color="gray" variant="light">
                    Archived
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text fz="sm" truncate maw={260}>
                {e.name ?? "—"}
              </Text>
            </Table.Td>
            {type.parentKey && (
              <Table.Td>
                <Text fz="sm" ff="monospace" c="dimmed">
                  {e.parentCode ?? "—"}
                </Text>
              </Table.Td>
            )}
            {asset && (
              <Table.Td>
                <Text fz="sm" tt="capitalize">
                  {e.assetType ?? "—"}
                </Text>
              </Table.Td>
            )}
            {shot && (
              <Table.Td>
                <Text fz="sm" ff="monospace">
                  {frames(e)}
                </Text>
              </Table.Td>
            )}
            {shot && (
              <Table.Td ta="right">
                <Text fz="sm">{e.cutDuration != null ? `${e.cutDuration} f` : "—"}</Text>
              </Table.Td>
            )}
            {custom.map((f) => (
              <Table.Td key={f.id}>
                <Text fz="sm">{formatFieldValue(f.fieldType, e.custom[f.key])}</Text>
              </Table.Td>
            ))}
            <Table.Td>
              <Group gap={4}>
                {e.tags.slice(0, 3).map((t) => (
                  <Badge key={t} size="xs" variant="default" tt="none">
                    {t}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text fz="xs" c="dimmed">
                {formatRelative(e.updatedAt)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
