import { ActionIcon, Badge, Button, EmptyState, Group, Menu, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconArchive, IconDots, IconPencil, IconPlayerPlay, IconPlaylistAdd, IconRestore, IconShare } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { FormError } from "../../../../components/form-error";
import { errorMessage } from "../../../../lib/api-client";
import { formatDate } from "../../../../lib/format";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { ShareReviewModal } from "../../review/components/share-review-modal";
import { usePlaylist, useRemoveFromPlaylist, useReorderPlaylist, useUpdatePlaylist } from "../api/playlists-api";
import { AddVersionsModal } from "./add-versions-modal";
import { PlaylistFormModal } from "./playlist-form-modal";
import { PlaylistItems } from "./playlist-items";

type Props = { projectId: string; playlistId: string };

/** One playlist: its versions in playing order, and what reviewers do with it. */
export function PlaylistPanel({ projectId, playlistId }: Props) {
  const { orgId, can } = useCurrentOrg();
  const navigate = useNavigate();
  const playlist = usePlaylist(orgId, playlistId);
  const reorder = useReorderPlaylist(orgId, playlistId);
  const remove = useRemoveFromPlaylist(orgId, playlistId);
  const update = useUpdatePlaylist(orgId, playlistId);
  const [modal, setModal] = useState<"add" | "edit" | "share" | null>(null);
  const canEdit = can("review.manage");
  const play = (versionId?: string) => navigate(`/o/${orgId}/tracking/projects/${projectId}/dailies/${playlistId}${versionId ? `?item=${versionId}` : ""}`);

  if (playlist.isPending)
    return (
      <Stack aria-busy="true" aria-label="Loading playlist">
        <Skeleton h={30} w={260} />
        <Skeleton h={300} />
      </Stack>
    );
  if (playlist.isError) return <ErrorState error={playlist.error} title="Could not load this playlist" onRetry={() => playlist.refetch()} />;

  const p = playlist.data;
  const archived = Boolean(p.archivedAt);
  const editable = canEdit && !archived;
  return (
    <Stack gap="md" data-testid="playlist-panel">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Group gap="xs">
            <Title order={2} fz={20} data-testid="playlist-name">
              {p.name}
            </Title>
            {archived && <Badge color="gray">Archived</Badge>}
          </Group>
          <Text fz="sm" c="dimmed">
            {p.reviewDate ? `Review ${formatDate(p.reviewDate)}` : "No review date"} · {p.items.length} {p.items.length === 1 ? "version" : "versions"}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => play()} disabled={p.items.length === 0}>
            Play
          </Button>
          {editable && (
            <>
              <Button variant="default" leftSection={<IconPlaylistAdd size={16} />} onClick={() => setModal("add")}>
                Add versions
              </Button>
              <Button variant="default" leftSection={<IconShare size={16} />} onClick={() => setModal("share")}>
                Share with client
              </Button>
            </>
          )}
          {canEdit && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label="Playlist actions">
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => setModal("edit")} disabled={archived}>
                  Rename or re-date
                </Menu.Item>
                <Menu.Item
                  leftSection={archived ? <IconRestore size={15} /> : <IconArchive size={15} />}
                  onClick={() => update.mutate({ version: p.version, archived: !archived })}
                >
                  {archived ? "Restore" : "Archive"}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      {[reorder, remove, update].map((m, i) => m.isError && <FormError key={String(i)} message={errorMessage(m.error)} />)}
      <Paper withBorder radius="md">
        {p.items.length === 0 ? (
          <EmptyState
            py={48}
            size="sm"
            icon={<IconPlaylistAdd size={24} />}
            withIndicatorBackground
            title="This playlist is empty"
            description={editable ? "Add the versions waiting for review, then play them in the review room." : "A reviewer has not added versions yet."}
          >
            {editable && (
              <EmptyState.Actions>
                <Button variant="default" onClick={() => setModal("add")}>
                  Add versions
                </Button>
              </EmptyState.Actions>
            )}
          </EmptyState>
        ) : (
          <PlaylistItems
            orgId={orgId}
            items={p.items}
            canEdit={editable}
            onReorder={(ids) => reorder.mutate(ids)}
            onRemove={(v) => remove.mutate(v.id)}
            onOpen={(v) => play(v.id)}
          />
        )}
      </Paper>
      <AddVersionsModal
        orgId={orgId}
        projectId={projectId}
        playlistId={p.id}
        present={new Set(p.items.map((v) => v.id))}
        opened={modal === "add"}
        onClose={() => setModal(null)}
      />
      <PlaylistFormModal
        orgId={orgId}
        projectId={projectId}
        playlist={p}
        opened={modal === "edit"}
        onClose={() => setModal(null)}
        onSaved={() => setModal(null)}
      />
      <ShareReviewModal orgId={orgId} playlistId={p.id} playlistName={p.name} opened={modal === "share"} onClose={() => setModal(null)} />
    </Stack>
  );
}
