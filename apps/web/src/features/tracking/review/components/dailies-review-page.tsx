import type { Version } from "@backlot/contracts/tracking/versions";
import { Anchor, Box, Breadcrumbs, Button, EmptyState, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { IconFileUnknown, IconPlaylistX, IconShare } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { usePageTitle } from "../../../../components/use-page-title";
import { isApiError } from "../../../../lib/api-client";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { usePlaylist } from "../../playlists/api/playlists-api";
import { useProject } from "../../projects/api/projects-api";
import { ReviewSidebar } from "./review-sidebar";
import { ReviewStage } from "./review-stage";
import { ShareReviewModal } from "./share-review-modal";

function ReviewSkeleton() {
  return (
    <Stack aria-busy="true" aria-label="Loading the review">
      <Skeleton h={14} w={300} />
      <Group align="flex-start" wrap="nowrap">
        <Skeleton h={560} style={{ flex: 1 }} />
        <Skeleton h={560} w={400} />
      </Group>
    </Stack>
  );
}

/**
 * The dailies review room (TRK-7): a playlist's versions one after another at full size, with
 * their details, the reviewer's decision and notes. ← and → step through the playlist.
 */
export function DailiesReviewPage() {
  const { projectId = "", playlistId = "" } = useParams();
  const { orgId, can } = useCurrentOrg();
  const [params, setParams] = useSearchParams();
  const [sharing, setSharing] = useState(false);
  const project = useProject(orgId, projectId);
  const projectArchived = Boolean(project.data?.archivedAt);
  const playlist = usePlaylist(orgId, playlistId);
  usePageTitle(playlist.data ? `${playlist.data.name} · Dailies` : "Dailies");
  const items = playlist.data?.items ?? [];
  const index = Math.max(
    0,
    items.findIndex((v) => v.id === params.get("item")),
  );
  const current: Version | undefined = items[index];
  const go = (v: Version | undefined) =>
    v &&
    setParams(
      (cur) => {
        const next = new URLSearchParams(cur);
        next.set("item", v.id);
        return next;
      },
      { replace: true },
    );

  const projectUrl = `/o/${orgId}/tracking/projects/${projectId}`;
  const dailiesUrl = `${projectUrl}/dailies?playlist=${playlistId}`;
  const crumbs = (
    <Breadcrumbs fz="sm">
      <Anchor component={Link} to={`/o/${orgId}/tracking`} fz="sm">
        Projects
      </Anchor>
      <Anchor component={Link} to={projectUrl} fz="sm">
        {project.data?.name ?? "Project"}
      </Anchor>
      <Anchor component={Link} to={dailiesUrl} fz="sm">
        Dailies
      </Anchor>
      <Text fz="sm" c="dimmed">
        {playlist.data?.name ?? "…"}
      </Text>
    </Breadcrumbs>
  );

  if (playlist.isPending) return <ReviewSkeleton />;
  if (playlist.isError)
    return (
      <Stack>
        {crumbs}
        {isApiError(playlist.error) && playlist.error.status === 404 ? (
          <EmptyState
            py={56}
            icon={<IconFileUnknown size={28} />}
            withIndicatorBackground
            title="This playlist doesn't exist"
            description="It may have been removed, or the link belongs to another organization."
          />
        ) : (
          <ErrorState error={playlist.error} title="Could not load this playlist" onRetry={() => playlist.refetch()} />
        )}
      </Stack>
    );

  const p = playlist.data;
  return (
    <Stack gap="sm" data-testid="dailies-review">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2}>
          {crumbs}
          <Text fz={22} fw={700} lts={-0.3}>
            {p.name}
          </Text>
        </Stack>
        <Group gap="xs">
          {can("review.manage") && !p.archivedAt && !projectArchived && (
            <Button variant="default" leftSection={<IconShare size={16} />} onClick={() => setSharing(true)}>
              Share with client
            </Button>
          )}
          <Button variant="default" component={Link} to={dailiesUrl}>
            Edit playlist
          </Button>
        </Group>
      </Group>
      {!current ? (
        <Paper withBorder radius="md">
          <EmptyState
            py={64}
            icon={<IconPlaylistX size={28} />}
            withIndicatorBackground
            title="Nothing to play"
            description="This playlist has no versions yet. Add some from the playlist, then come back."
          >
            <EmptyState.Actions>
              <Button component={Link} to={dailiesUrl} variant="default">
                Back to the playlist
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      ) : (
        <Box style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) 400px", gap: "var(--mantine-spacing-md)" }}>
          <ReviewStage orgId={orgId} items={items} index={index} onGo={go} />
          <ReviewSidebar version={current} />
        </Box>
      )}
      <ShareReviewModal orgId={orgId} playlistId={p.id} playlistName={p.name} opened={sharing} onClose={() => setSharing(false)} />
    </Stack>
  );
}
