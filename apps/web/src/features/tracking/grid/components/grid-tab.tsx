import type { Project } from "@backlot/contracts/tracking/projects";
import { Box, Button, EmptyState, Group, Loader, Paper, SegmentedControl, Skeleton, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus, IconTable } from "@tabler/icons-react";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { bySortOrder, useProjectConfig } from "../../config/api/config-api";
import { useFields } from "../../entities/api/entities-api";
import { NewEntityModal } from "../../entities/components/new-entity-modal";
import { useSlots } from "../../slots/api/slots-api";
import { slotChips } from "../../slots/components/slot-chips";
import { useGrid } from "../api/grid-api";
import { BulkBar } from "./bulk-bar";
import { CellMenu } from "./cell-menu";
import { buildColumns } from "./grid-columns";
import type { GridContext } from "./grid-context";
import { GridFilters } from "./grid-filters";
import { useGridActions } from "./use-grid-actions";
import { useGridFilters } from "./use-grid-filters";

// AG Grid is the largest dependency of the app: it loads with the first grid, not with sign-in.
const ProductionGrid = lazy(() => import("./production-grid"));

/** The grid fills the window below the toolbar; the bulk bar, when shown, takes its share. */
const gridHeight = (withBulkBar = false) => `max(420px, calc(100vh - ${withBulkBar ? 426 : 372}px))`;
const gridSkeleton = <Skeleton h={gridHeight()} radius="md" />;

/** The production grid tab: entities of one type × their pipeline steps (TRK-8). */
export function GridTab({ project }: { project: Project }) {
  const { orgId, can } = useCurrentOrg();
  const config = useProjectConfig(orgId, project.id);
  const slots = useSlots(orgId, project.id);
  const entityTypes = useMemo(() => [...(config.data?.entityTypes ?? [])].sort((a, b) => a.sortOrder - b.sortOrder), [config.data]);
  const defaultType = entityTypes.find((e) => e.key === "shot")?.key ?? entityTypes[0]?.key ?? "shot";
  const [filters, setFilters] = useGridFilters(defaultType);
  const fields = useFields(orgId, project.id, filters.type);
  const grid = useGrid(orgId, project.id, filters);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [clearSignal, setClearSignal] = useState(0);
  const [creating, createDialog] = useDisclosure(false);
  const archived = Boolean(project.archivedAt);

  const entityType = entityTypes.find((e) => e.key === filters.type);
  const parentType = entityTypes.find((e) => e.key === entityType?.parentKey);
  const steps = useMemo(
    () => (config.data?.taskTypes ?? []).filter((t) => t.entityTypeKey === filters.type && !t.archivedAt).sort(bySortOrder),
    [config.data, filters.type],
  );
  const statuses = useMemo(() => (config.data?.statuses ?? []).filter((s) => !s.archivedAt).sort(bySortOrder), [config.data]);
  const chips = useMemo(() => slotChips(slots.data), [slots.data]);
  const stepNames = useMemo(() => new Map(steps.map((t) => [t.id, t.name])), [steps]);
  const actions = useGridActions(orgId, project.id, stepNames);
  const rows = useMemo(() => grid.data?.pages.flatMap((p) => p.rows) ?? [], [grid.data]);
  const total = grid.data?.pages[0]?.total ?? 0;
  const selected = useMemo(() => rows.filter((r) => selectedIds.includes(r.id)), [rows, selectedIds]);
  const canEdit = can("task.edit") && !archived;
  const canProgress = can("task.progress") && !archived;

  const columns = useMemo(
    () =>
      entityType
        ? buildColumns({
            entityType,
            parentType,
            taskTypes: steps,
            fields: fields.data ?? [],
            assetTypes: project.assetTypes,
            canEditEntity: can("entity.edit") && !archived,
          })
        : [],
    [entityType, parentType, steps, fields.data, project.assetTypes, can, archived],
  );
  const context = useMemo<GridContext>(
    () => ({
      statuses: new Map(statuses.map((s) => [s.id, s])),
      slots: new Map(chips.map((s) => [s.id, s])),
      canEdit,
      canProgress,
      openMenu: actions.openMenu,
      createTask: actions.addTask,
    }),
    [statuses, chips, canEdit, canProgress, actions.openMenu, actions.addTask],
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = grid;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (config.isPending) return gridSkeleton;
  if (config.isError) return <ErrorState error={config.error} title="Could not load the pipeline" onRetry={() => config.refetch()} />;

  const noun = (entityType?.name ?? "row").toLowerCase();
  const filtered = Boolean(filters.q || filters.parentId || filters.statusId || filters.assigneeSlotId || filters.custom.length);
  const addButton = entityType && (
    <PermissionTooltip orgId={orgId} action="entity.edit" allowed={can("entity.edit") && !archived}>
      <Button leftSection={<IconPlus size={16} />} onClick={createDialog.open} disabled={!can("entity.edit") || archived}>
        New {noun}
      </Button>
    </PermissionTooltip>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <SegmentedControl
          aria-label="Entity type"
          value={filters.type}
          onChange={(type) => {
            setSelectedIds([]);
            setFilters({ type });
          }}
          data={entityTypes.map((e) => ({ value: e.key, label: e.name }))}
        />
        {addButton}
      </Group>
      <GridFilters
        key={`filters-${filters.type}`}
        orgId={orgId}
        projectId={project.id}
        filters={filters}
        parentType={parentType}
        statuses={statuses}
        taskTypes={steps}
        slots={chips}
        fields={fields.data ?? []}
        onChange={setFilters}
      />
      {selected.length > 0 && (
        <BulkBar
          key={`bulk-${filters.type}`}
          orgId={orgId}
          projectId={project.id}
          selected={selected}
          taskTypes={steps}
          statuses={statuses}
          slots={chips}
          canProgress={canProgress}
          canEdit={canEdit}
          onClear={() => setClearSignal((n) => n + 1)}
        />
      )}
      {grid.isError ? (
        <ErrorState error={grid.error} title="Could not load the grid" onRetry={() => grid.refetch()} />
      ) : grid.isSuccess && total === 0 && !filtered ? (
        <Paper withBorder radius="md">
          <EmptyState
            py={64}
            icon={<IconTable size={28} />}
            variant="light"
            title={`No ${noun}s yet`}
            description={
              steps.length
                ? `Add a ${noun} and it gets a task for each automatic step (${
                    steps
                      .filter((t) => t.autoCreate)
                      .map((t) => t.name)
                      .join(", ") || "none"
                  }).`
                : `Add a ${noun}, then give ${noun}s pipeline steps under Pipeline settings.`
            }
            maw={560}
            mx="auto"
          >
            <EmptyState.Actions>{addButton}</EmptyState.Actions>
          </EmptyState>
        </Paper>
      ) : (
        <Box h={gridHeight(selected.length > 0)} data-testid="production-grid">
          <Suspense fallback={gridSkeleton}>
            <ProductionGrid
              key={`grid-${filters.type}`}
              clearSelection={clearSignal}
              rows={rows}
              columns={columns}
              context={context}
              loading={grid.isPending}
              onSelectionChanged={(picked) => setSelectedIds(picked.map((r) => r.id))}
              onNearEnd={loadMore}
              onEdit={actions.edit}
              onScroll={actions.closeMenu}
            />
          </Suspense>
        </Box>
      )}
      <Group gap="xs" justify="space-between">
        <Text fz="xs" c="dimmed" data-testid="grid-count">
          {grid.isPending ? "Loading…" : `${rows.length.toLocaleString()} of ${total.toLocaleString()} ${noun}s loaded`}
        </Text>
        {(isFetchingNextPage || (grid.isFetching && !grid.isPending)) && <Loader size="xs" />}
      </Group>
      <CellMenu
        menu={actions.menu}
        statuses={statuses}
        slots={chips}
        onClose={actions.closeMenu}
        onStatus={actions.setStatus}
        onToggleAssignee={actions.toggleAssignee}
      />
      {entityType && creating && (
        <NewEntityModal
          orgId={orgId}
          projectId={project.id}
          entityType={entityType}
          parentType={parentType}
          assetTypes={project.assetTypes}
          autoSteps={steps.filter((t) => t.autoCreate).map((t) => t.name)}
          opened
          onClose={createDialog.close}
        />
      )}
    </Stack>
  );
}
