import type { SavedView } from "@backlot/contracts/tracking/saved-views";
import { Button, Menu, Text } from "@mantine/core";
import { IconBookmark, IconChevronDown, IconDeviceFloppy, IconPencil, IconRestore, IconTrash, IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useMe } from "../../../auth/api/session-api";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { useDeleteSavedView, useSavedViews, useUpdateSavedView, type ViewKind } from "../api/saved-views-api";
import { applyQuery, ownedQuery, queryOf } from "../api/view-query";
import { SaveViewModal } from "./save-view-modal";

type Props = {
  viewKind: ViewKind;
  projectId: string | null;
  /** The URL query parameters that make up this screen's view (filters, sort, grouping). */
  keys: readonly string[];
};

/**
 * Saved views (CORE-14) for any screen that keeps its filters in the URL: apply one, save the
 * current filters as a private or shared view, update, rename or delete it. The grid, boards
 * and version lists use it with their own `viewKind` and keys.
 */
export function SavedViewsMenu({ viewKind, projectId, keys }: Props) {
  const { orgId, can } = useCurrentOrg();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const views = useSavedViews(orgId, viewKind, projectId);
  const update = useUpdateSavedView(orgId);
  const remove = useDeleteSavedView(orgId);
  const [modal, setModal] = useState<{ mode: "create" } | { mode: "rename"; view: SavedView } | null>(null);
  const [appliedId, setAppliedId] = useState<string | null>(null);
  const current = ownedQuery(params, keys);
  const active = views.data?.find((v) => ownedQuery(new URLSearchParams(queryOf(v.config)), keys) === current && current !== "");
  const mine = (views.data ?? []).filter((v) => !v.shared);
  const shared = (views.data ?? []).filter((v) => v.shared);
  const canChange = (v: SavedView) => (v.shared ? can("view.share") : v.ownerId === me.data?.user.id);
  const apply = (v: SavedView) => {
    setAppliedId(v.id);
    setParams((cur) => applyQuery(cur, keys, queryOf(v.config)), { replace: true });
  };
  // The view last applied, now with other filters: offer to save them into it.
  const changed = !active ? views.data?.find((v) => v.id === appliedId) : undefined;
  const item = (v: SavedView) => (
    <Menu.Item
      key={v.id}
      onClick={() => apply(v)}
      leftSection={v.shared ? <IconUsers size={15} /> : <IconBookmark size={15} />}
      fw={v.id === active?.id ? 650 : undefined}
      data-testid="saved-view"
    >
      {v.name}
    </Menu.Item>
  );

  return (
    <>
      <Menu position="bottom-end" width={260} withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />} rightSection={<IconChevronDown size={14} />} data-testid="saved-views-button">
            {active ? active.name : "Views"}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views.isPending && <Menu.Label>Loading views…</Menu.Label>}
          {views.isError && (
            <Text fz="xs" c="red" p="xs">
              Could not load saved views.
            </Text>
          )}
          {views.isSuccess && views.data.length === 0 && (
            <Text fz="xs" c="dimmed" p="xs">
              No saved views yet. Set the filters you use often, then save them here.
            </Text>
          )}
          {mine.length > 0 && <Menu.Label>My views</Menu.Label>}
          {mine.map(item)}
          {shared.length > 0 && <Menu.Label>Shared</Menu.Label>}
          {shared.map(item)}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={15} />} onClick={() => setModal({ mode: "create" })}>
            Save current view…
          </Menu.Item>
          {changed && canChange(changed) && (
            <Menu.Item
              leftSection={<IconDeviceFloppy size={15} />}
              onClick={() => update.mutate({ id: changed.id, version: changed.version, config: { ...changed.config, query: current } })}
            >
              Update “{changed.name}” with these filters
            </Menu.Item>
          )}
          {active && canChange(active) && (
            <>
              <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => setModal({ mode: "rename", view: active })}>
                Rename or share “{active.name}”…
              </Menu.Item>
              <Menu.Item leftSection={<IconTrash size={15} />} color="red" onClick={() => remove.mutate(active.id)}>
                Delete “{active.name}”
              </Menu.Item>
            </>
          )}
          {current !== "" && (
            <Menu.Item leftSection={<IconRestore size={15} />} onClick={() => setParams((cur) => applyQuery(cur, keys, ""), { replace: true })}>
              Clear filters
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <SaveViewModal
        opened={modal !== null}
        onClose={() => setModal(null)}
        orgId={orgId}
        viewKind={viewKind}
        projectId={projectId}
        query={current}
        view={modal?.mode === "rename" ? modal.view : undefined}
        canShare={can("view.share")}
        onUpdate={(view, body) => update.mutateAsync({ id: view.id, version: view.version, ...body })}
      />
    </>
  );
}
