import type { Casting, Entity } from "@backlot/contracts/tracking/entities";
import { EmptyState, Group, Paper, ScrollArea, Select, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { IconBinaryTree } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { TableSkeleton } from "../../../../components/table-skeleton";
import { useAllEntities, useCasting } from "../../entities/api/entity-records-api";
import { CastingEditor } from "./casting-editor";
import classes from "./casting.module.css";

type Props = { orgId: string; projectId: string; canEdit: boolean };
type Asset = Pick<Casting, "assetId" | "assetCode" | "assetName" | "assetType">;

/** The assets used in a sequence's casting, grouped by asset type then code. */
function assetColumns(items: Casting[]): Asset[] {
  const byId = new Map<string, Asset>();
  for (const c of items) byId.set(c.assetId, c);
  return [...byId.values()].sort((a, b) => (a.assetType ?? "~").localeCompare(b.assetType ?? "~") || a.assetCode.localeCompare(b.assetCode));
}

function Matrix({ shots, items, canEdit, onEdit }: { shots: Entity[]; items: Casting[]; canEdit: boolean; onEdit: (shot: Entity) => void }) {
  const assets = assetColumns(items);
  const cell = new Map(items.map((c) => [`${c.entityId}:${c.assetId}`, c.occurrences]));
  const totals = new Map<string, number>();
  for (const c of items) totals.set(c.assetId, (totals.get(c.assetId) ?? 0) + c.occurrences);
  return (
    <ScrollArea type="auto">
      <Table className={classes.matrix} withColumnBorders verticalSpacing={6} data-testid="casting-matrix">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.sticky}>Shot</Table.Th>
            {assets.map((a) => (
              <Table.Th key={a.assetId} className={classes.assetHead}>
                <Tooltip label={`${a.assetName ?? a.assetCode}${a.assetType ? ` (${a.assetType})` : ""}`} withArrow>
                  <span>{a.assetCode}</span>
                </Tooltip>
              </Table.Th>
            ))}
            <Table.Th ta="right">Assets</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shots.map((s) => {
            const count = assets.filter((a) => cell.has(`${s.id}:${a.assetId}`)).length;
            return (
              <Table.Tr
                key={s.id}
                className={canEdit ? classes.clickable : undefined}
                onClick={() => canEdit && onEdit(s)}
                data-testid={`casting-row-${s.code}`}
                title={canEdit ? `Edit the casting of ${s.code}` : undefined}
              >
                <Table.Td className={classes.sticky}>
                  <Text fz="sm" ff="monospace" fw={600}>
                    {s.code}
                  </Text>
                </Table.Td>
                {assets.map((a) => {
                  const n = cell.get(`${s.id}:${a.assetId}`);
                  return (
                    <Table.Td key={a.assetId} ta="center" className={n ? classes.cast : undefined}>
                      {n ? (n > 1 ? `×${n}` : "●") : ""}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right">
                  <Text fz="sm" c={count ? undefined : "dimmed"}>
                    {count || "—"}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th className={classes.sticky}>Occurrences</Table.Th>
            {assets.map((a) => (
              <Table.Th key={a.assetId} ta="center">
                {totals.get(a.assetId)}
              </Table.Th>
            ))}
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollArea>
  );
}

/** Breakdown per sequence (TRK-4): shots × assets with occurrence counts; a row opens its editor. */
export function CastingTab({ orgId, projectId, canEdit }: Props) {
  const sequences = useAllEntities(orgId, projectId, "sequence");
  const shots = useAllEntities(orgId, projectId, "shot");
  const [picked, setPicked] = useState<string | null>(null);
  const sequenceId = picked ?? sequences.data?.[0]?.id ?? null;
  const casting = useCasting(orgId, projectId, { parentId: sequenceId ?? undefined }, Boolean(sequenceId));
  const [editing, setEditing] = useState<Entity | null>(null);
  const inSequence = (shots.data ?? []).filter((s) => s.parentId === sequenceId && !s.archivedAt);

  let body: React.ReactNode;
  if (sequences.isPending || shots.isPending || (sequenceId && casting.isPending)) body = <TableSkeleton rows={8} columns={8} />;
  else if (sequences.isError || shots.isError || casting.isError)
    body = (
      <ErrorState
        error={sequences.error ?? shots.error ?? casting.error}
        title="Could not load casting"
        onRetry={() => {
          void sequences.refetch();
          void shots.refetch();
          void casting.refetch();
        }}
      />
    );
  else if (!sequenceId || inSequence.length === 0)
    body = (
      <EmptyState
        py={48}
        icon={<IconBinaryTree size={28} />}
        variant="light"
        title={sequenceId ? "No shots in this sequence" : "No sequences yet"}
        description="Casting lists which assets appear in each shot. Add sequences and shots under Entities, or import them from CSV."
        maw={520}
        mx="auto"
      />
    );
  else body = <Matrix shots={inSequence} items={casting.data ?? []} canEdit={canEdit} onEdit={setEditing} />;

  const items = casting.data ?? [];
  return (
    <Stack gap="md">
      <Paper withBorder radius="md">
        <Group p="md" justify="space-between">
          <Group gap="lg">
            <Title order={3} fz="md" fw={650}>
              Casting
            </Title>
            <Select
              w={260}
              placeholder="Sequence"
              data={(sequences.data ?? []).map((s) => ({ value: s.id, label: s.name ? `${s.code} · ${s.name}` : s.code }))}
              value={sequenceId}
              onChange={setPicked}
              allowDeselect={false}
              aria-label="Sequence"
              data-testid="casting-sequence"
            />
          </Group>
          {items.length > 0 && (
            <Text fz="sm" c="dimmed">
              {new Set(items.map((c) => c.entityId)).size} of {inSequence.length} shots cast · {assetColumns(items).length} assets
            </Text>
          )}
        </Group>
        <div style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>{body}</div>
      </Paper>
      {editing && (
        <CastingEditor
          orgId={orgId}
          projectId={projectId}
          entity={editing}
          current={items.filter((c) => c.entityId === editing.id)}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
