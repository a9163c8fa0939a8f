import type { EntityType } from "@backlot/contracts/tracking/config";
import type { Entity } from "@backlot/contracts/tracking/entities";
import { Button, EmptyState, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconMovie, IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { TableSkeleton } from "../../../../components/table-skeleton";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { bySortOrder, useProjectConfig } from "../../config/api/config-api";
import { activeFields, useFieldDefinitions } from "../../fields/api/fields-api";
import { type EntityListFilter, useEntityList } from "../api/entity-records-api";
import { EntitiesTable } from "./entities-table";
import { EntityDrawer } from "./entity-drawer";
import { EntityFormModal } from "./entity-form-modal";

type Props = { orgId: string; projectId: string; canEdit: boolean; canReadHistory: boolean };
type Archived = NonNullable<EntityListFilter["archived"]>;

function EntityList({
  orgId,
  projectId,
  type,
  canEdit,
  onOpen,
  onNew,
}: {
  orgId: string;
  projectId: string;
  type: EntityType;
  canEdit: boolean;
  onOpen: (e: Entity) => void;
  onNew: () => void;
}) {
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const [archived, setArchived] = useState<Archived>("exclude");
  const list = useEntityList(orgId, projectId, { type: type.key, q: q || undefined, archived });
  const fields = useFieldDefinitions(orgId, projectId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const plural = `${type.name.toLowerCase()}s`;

  let body: React.ReactNode;
  if (list.isPending) body = <TableSkeleton rows={8} columns={6} />;
  else if (list.isError) body = <ErrorState error={list.error} title={`Could not load ${plural}`} onRetry={() => void list.refetch()} />;
  else if (items.length === 0)
    body = (
      <EmptyState
        py={48}
        icon={<IconMovie size={28} />}
        variant="light"
        title={q ? `No ${plural} match “${q}”` : archived === "only" ? `No archived ${plural}` : `No ${plural} yet`}
        description={q || archived === "only" ? "Try another search or filter." : `Create one here, or import many at once under CSV.`}
        maw={520}
        mx="auto"
      />
    );
  else
    body = (
      <>
        <EntitiesTable type={type} entities={items} fields={activeFields(fields.data, type.key)} onOpen={onOpen} />
        <Group justify="center" p="sm">
          {list.hasNextPage ? (
            <Button variant="subtle" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              Load more
            </Button>
          ) : (
            <Text fz="xs" c="dimmed">
              {items.length} {items.length === 1 ? type.name.toLowerCase() : plural}
            </Text>
          )}
        </Group>
      </>
    );

  return (
    <>
      <Group p="md" pt={0} gap="sm">
        <TextInput
          placeholder={`Search ${plural} by code or name`}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={300}
          aria-label="Search"
        />
        <Select
          w={150}
          data={[
            { value: "exclude", label: "Active" },
            { value: "only", label: "Archived" },
            { value: "include", label: "All" },
          ]}
          value={archived}
          onChange={(v) => setArchived((v ?? "exclude") as Archived)}
          allowDeselect={false}
          aria-label="Archived"
        />
        <div style={{ flex: 1 }} />
        <PermissionTooltip orgId={orgId} action="entity.edit" allowed={canEdit}>
          <Button leftSection={<IconPlus size={16} />} onClick={onNew} disabled={!canEdit}>
            New {type.name.toLowerCase()}
          </Button>
        </PermissionTooltip>
      </Group>
      <div style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>{body}</div>
    </>
  );
}

/** Shots, assets, sequences and custom types of a project: list, create, edit, archive, details. */
export function EntitiesTab({ orgId, projectId, canEdit, canReadHistory }: Props) {
  const config = useProjectConfig(orgId, projectId);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const types = [...(config.data?.entityTypes ?? [])].sort(bySortOrder);
  const type = types.find((t) => t.key === (params.get("type") ?? "shot")) ?? types[0];
  const openId = params.get("entity");
  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
      return p;
    });

  if (config.isPending) return <TableSkeleton rows={8} columns={6} />;
  if (config.isError) return <ErrorState error={config.error} title="Could not load the project's entity types" onRetry={() => void config.refetch()} />;
  if (!type) return <Text c="dimmed">This project has no entity types; add them under Pipeline settings.</Text>;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md">
        <Group p="md" gap="lg">
          <Title order={3} fz="md" fw={650}>
            Entities
          </Title>
          <SegmentedControl
            size="xs"
            data={types.map((t) => ({ value: t.key, label: `${t.name}s` }))}
            value={type.key}
            onChange={(v) => setParam("type", v)}
            aria-label="Entity type"
          />
        </Group>
        <EntityList
          key={type.key}
          orgId={orgId}
          projectId={projectId}
          type={type}
          canEdit={canEdit}
          onOpen={(e) => setParam("entity", e.id)}
          onNew={() => setCreating(true)}
        />
      </Paper>
      {creating && (
        <EntityFormModal
          orgId={orgId}
          projectId={projectId}
          type={type}
          entity={null}
          onClose={() => setCreating(false)}
          onSaved={(e) => setParam("entity", e.id)}
        />
      )}
      <EntityDrawer
        orgId={orgId}
        projectId={projectId}
        entityId={openId}
        types={types}
        canEdit={canEdit}
        canReadHistory={canReadHistory}
        onClose={() => setParam("entity", null)}
      />
    </Stack>
  );
}
