import type { Resource } from "@backlot/contracts/booking/resources";
import { Button, EmptyState, Group, Modal, Paper, SegmentedControl, Stack, Switch, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconDoor, IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { SectionBar } from "../../../../components/section-bar";
import { TableSkeleton } from "../../../../components/table-skeleton";
import { errorMessage } from "../../../../lib/api-client";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { CalendarFeedCard } from "../../calendar-feeds/components/calendar-feed-card";
import { useResources, useUpdateResource } from "../api/resources-api";
import { ResourceModal } from "./resource-modal";
import { ResourcesTable } from "./resources-table";

type Dialog = { kind: "edit"; resource: Resource | null } | { kind: "feed"; resource: Resource } | null;
type KindFilter = "all" | "room" | "equipment";

/** Rooms (by studio) and equipment: bookable like people (BOOK-2). */
export function ResourcesPage() {
  const { orgId, can, organization } = useCurrentOrg();
  const [kind, setKind] = useState<KindFilter>("all");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search, 250);
  const [archived, setArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const resources = useResources(orgId, { kind: kind === "all" ? null : kind, q, archived });
  const update = useUpdateResource(orgId);
  const canManage = can("resource.manage");
  const studios = [...new Set((resources.data ?? []).map((r) => r.studioName).filter((s): s is string => Boolean(s)))];

  const archive = (r: Resource, a: boolean) =>
    update.mutate(
      { id: r.id, version: r.version, archived: a },
      {
        onSuccess: () => notifications.show({ color: "teal", message: `${r.name} ${a ? "archived" : "restored"}.` }),
        onError: (e) => notifications.show({ color: "red", title: `${r.name} was not changed`, message: errorMessage(e) }),
      },
    );
  const addButton = (
    <PermissionTooltip orgId={orgId} action="resource.manage" allowed={canManage}>
      <Button leftSection={<IconPlus size={16} />} disabled={!canManage} onClick={() => setDialog({ kind: "edit", resource: null })}>
        Add room or equipment
      </Button>
    </PermissionTooltip>
  );

  let body: React.ReactNode;
  if (resources.isPending) body = <TableSkeleton rows={6} columns={5} />;
  else if (resources.isError) body = <ErrorState error={resources.error} title="Could not load rooms and equipment" onRetry={() => resources.refetch()} />;
  else if (resources.data.length === 0)
    body = (
      <EmptyState
        py={56}
        icon={<IconDoor size={28} />}
        variant="light"
        title={q || kind !== "all" ? "Nothing matches" : "No rooms or equipment yet"}
        description="Add grading suites, review theatres, stages and camera kits to book them like people and see clashes before they happen."
        maw={560}
        mx="auto"
      >
        {!q && <EmptyState.Actions>{addButton}</EmptyState.Actions>}
      </EmptyState>
    );
  else
    body = (
      <ResourcesTable
        orgId={orgId}
        resources={resources.data}
        orgCurrency={organization?.currency ?? null}
        canManage={canManage}
        canReadHistory={can("audit.read")}
        onEdit={(r) => setDialog({ kind: "edit", resource: r })}
        onFeed={(r) => setDialog({ kind: "feed", resource: r })}
        onArchive={archive}
      />
    );

  return (
    <>
      <SectionBar description="Studio rooms and kit, booked like people: a clash shows before it happens." actions={addButton} />
      <Paper withBorder radius="md">
        <Group justify="space-between" p="sm" gap="sm" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}>
          <Group gap="sm">
            <SegmentedControl
              size="xs"
              value={kind}
              onChange={(v) => setKind(v as KindFilter)}
              data={[
                { value: "all", label: "All" },
                { value: "room", label: "Rooms" },
                { value: "equipment", label: "Equipment" },
              ]}
            />
            <TextInput
              size="xs"
              w={240}
              placeholder="Search name or studio"
              aria-label="Search rooms and equipment"
              leftSection={<IconSearch size={14} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
          </Group>
          <Switch size="xs" label="Show archived" checked={archived} onChange={(e) => setArchived(e.currentTarget.checked)} />
        </Group>
        <Stack p={resources.data?.length ? 0 : "md"}>{body}</Stack>
      </Paper>
      {dialog?.kind === "edit" && <ResourceModal orgId={orgId} resource={dialog.resource} studios={studios} onClose={() => setDialog(null)} />}
      {dialog?.kind === "feed" && (
        <Modal opened onClose={() => setDialog(null)} title={dialog.resource.name} centered size="lg">
          <CalendarFeedCard orgId={orgId} subject={{ kind: "resource", id: dialog.resource.id }} name={dialog.resource.name} bare />
        </Modal>
      )}
    </>
  );
}
