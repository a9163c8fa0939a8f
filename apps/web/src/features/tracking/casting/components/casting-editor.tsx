import type { Casting, Entity } from "@backlot/contracts/tracking/entities";
import { ActionIcon, Button, Group, Modal, NumberInput, Select, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { FormError } from "../../../../components/form-error";
import { errorMessage } from "../../../../lib/api-client";
import { useAllEntities, useSetCasting } from "../../entities/api/entity-records-api";

type Props = { orgId: string; projectId: string; entity: Pick<Entity, "id" | "code">; current: Casting[]; onClose: () => void };
type Row = { assetId: string; code: string; name: string | null; assetType: string | null; occurrences: number };

/** Edits which assets a shot or scene uses and how often (TRK-4); saving replaces the list. */
export function CastingEditor({ orgId, projectId, entity, current, onClose }: Props) {
  const assets = useAllEntities(orgId, projectId, "asset");
  const save = useSetCasting(orgId, projectId);
  const [rows, setRows] = useState<Row[]>(
    current.map((c) => ({ assetId: c.assetId, code: c.assetCode, name: c.assetName, assetType: c.assetType, occurrences: c.occurrences })),
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  const cast = new Set(rows.map((r) => r.assetId));
  const options = (assets.data ?? [])
    .filter((a) => !cast.has(a.id) && !a.archivedAt)
    .map((a) => ({ value: a.id, label: a.name ? `${a.code} · ${a.name}` : a.code, group: a.assetType ?? "Other" }));
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const { group, ...item } of options) groups.set(group, [...(groups.get(group) ?? []), item]);
  const grouped = [...groups].map(([group, items]) => ({ group, items }));

  const add = (id: string | null) => {
    const asset = assets.data?.find((a) => a.id === id);
    if (asset) setRows((r) => [...r, { assetId: asset.id, code: asset.code, name: asset.name, assetType: asset.assetType, occurrences: 1 }]);
  };
  const submit = () => {
    setRefusal(null);
    save.mutate(
      { entityId: entity.id, assets: rows.map((r) => ({ assetId: r.assetId, occurrences: r.occurrences })) },
      {
        onSuccess: () => {
          notifications.show({ color: "teal", message: `Casting of ${entity.code} saved.` });
          onClose();
        },
        onError: (e) => setRefusal(errorMessage(e)),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={`Casting of ${entity.code}`} size="lg">
      <Stack gap="sm">
        <FormError message={refusal} />
        <Select
          placeholder={assets.isPending ? "Loading assets…" : "Add an asset: type to search"}
          searchable
          data={grouped}
          value={null}
          onChange={add}
          nothingFoundMessage="No asset matches (create it under Entities → Assets)"
          aria-label="Add an asset"
          data-testid="casting-asset-picker"
        />
        {rows.length === 0 ? (
          <Text fz="sm" c="dimmed" ta="center" py="md">
            No assets cast yet.
          </Text>
        ) : (
          <Table verticalSpacing={4} data-testid="casting-editor-rows">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Asset</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th w={130}>Occurrences</Table.Th>
                <Table.Th w={40} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.assetId}>
                  <Table.Td>
                    <Text fz="sm" ff="monospace" fw={600} span>
                      {r.code}
                    </Text>
                    {r.name && (
                      <Text fz="sm" c="dimmed" span>
                        {" "}
                        · {r.name}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm" tt="capitalize">
                      {r.assetType ?? "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      min={1}
                      max={10000}
                      allowDecimal={false}
                      value={r.occurrences}
                      aria-label={`Occurrences of ${r.code}`}
                      onChange={(v) =>
                        setRows((all) => all.map((x) => (x.assetId === r.assetId ? { ...x, occurrences: typeof v === "number" && v >= 1 ? v : 1 } : x)))
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove ${r.code}`}
                      onClick={() => setRows((all) => all.filter((x) => x.assetId !== r.assetId))}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            Save casting
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
