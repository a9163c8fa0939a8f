import type { Playlist } from "@backlot/contracts/tracking/playlists";
import { Badge, Button, EmptyState, Grid, Group, NavLink, Paper, SegmentedControl, Skeleton, Stack, Switch, Text } from "@mantine/core";
import { IconMovie, IconPlaylist, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { formatDate } from "../../../../lib/format";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { VersionsBrowser } from "../../versions/components/versions-browser";
import { usePlaylists } from "../api/playlists-api";
import { PlaylistFormModal } from "./playlist-form-modal";
import { PlaylistPanel } from "./playlist-panel";

function PlaylistNav({ items, selected, onSelect }: { items: Playlist[]; selected: string | null; onSelect: (id: string) => void }) {
  return (
    <Stack gap={2} data-testid="playlist-list">
      {items.map((p) => (
        <NavLink
          key={p.id}
          active={p.id === selected}
          onClick={() => onSelect(p.id)}
          label={p.name}
          description={p.reviewDate ? formatDate(p.reviewDate) : "No date"}
          leftSection={<IconPlaylist size={17} />}
          rightSection={
            <Badge size="sm" variant="default" circle={p.itemCount < 10}>
              {p.itemCount}
            </Badge>
          }
          styles={{ root: { borderRadius: "var(--mantine-radius-sm)" }, label: { fontWeight: 550 } }}
        />
      ))}
    </Stack>
  );
}

/** Dailies (TRK-7): the project's playlists, one open beside the list, and every version. */
export function DailiesTab({ projectId, archived }: { projectId: string; archived: boolean }) {
  const { orgId, can } = useCurrentOrg();
  const [params, setParams] = useSearchParams();
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const playlists = usePlaylists(orgId, projectId, showArchived);
  const items = playlists.data?.pages.flatMap((p) => p.items) ?? [];
  const mode = params.get("view") === "versions" ? "versions" : "playlists";
  const selected = params.get("playlist") ?? items[0]?.id ?? null;
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const canCreate = can("review.manage") && !archived;

  const header = (
    <Group justify="space-between" mb="md">
      <SegmentedControl
        value={mode}
        onChange={(v) => setParam("view", v === "versions" ? "versions" : null)}
        data={[
          { value: "playlists", label: "Playlists" },
          { value: "versions", label: "All versions" },
        ]}
      />
      {mode === "playlists" && (
        <PermissionTooltip orgId={orgId} action="review.manage" allowed={can("review.manage")}>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} disabled={!canCreate}>
            New playlist
          </Button>
        </PermissionTooltip>
      )}
    </Group>
  );
  const modal = (
    <PlaylistFormModal
      orgId={orgId}
      projectId={projectId}
      opened={creating}
      onClose={() => setCreating(false)}
      onSaved={(id) => {
        setCreating(false);
        setParam("playlist", id);
      }}
    />
  );
  if (mode === "versions")
    return (
      <>
        {header}
        <VersionsBrowser projectId={projectId} />
      </>
    );

  let body: React.ReactNode;
  if (playlists.isPending) body = <Skeleton h={320} radius="md" />;
  else if (playlists.isError) body = <ErrorState error={playlists.error} title="Could not load playlists" onRetry={() => playlists.refetch()} />;
  else if (items.length === 0 && !showArchived)
    body = (
      <EmptyState
        py={64}
        icon={<IconMovie size={28} />}
        withIndicatorBackground
        title="No playlists yet"
        description="Build a playlist of the versions waiting for review, play it in dailies, and share it with the client."
      >
        {canCreate && (
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New playlist
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  else
    body = (
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <Paper withBorder radius="md" p={6}>
            {items.length === 0 ? (
              <Text fz="sm" c="dimmed" p="sm">
                No archived playlists.
              </Text>
            ) : (
              <PlaylistNav items={items} selected={selected} onSelect={(id) => setParam("playlist", id)} />
            )}
            <Switch size="xs" m="sm" label="Archived playlists" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>{selected && <PlaylistPanel key={selected} projectId={projectId} playlistId={selected} />}</Grid.Col>
      </Grid>
    );
  return (
    <>
      {header}
      {body}
      {modal}
    </>
  );
}
