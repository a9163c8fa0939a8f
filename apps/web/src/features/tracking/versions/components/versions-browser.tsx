import { reviewStatuses, type ReviewStatus } from "@backlot/contracts/tracking/versions";
import { Button, EmptyState, Group, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconPhotoOff } from "@tabler/icons-react";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { formatRelative } from "../../../../lib/format";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { useOpenTask } from "../../task-detail/api/open-task";
import { SavedViewsMenu } from "../../views/components/saved-views-menu";
import { useProjectVersions } from "../api/versions-api";
import { ReviewStatusBadge, reviewStatusMeta } from "./review-status-badge";
import { VersionThumb } from "./version-thumb";

/** The URL parameters this screen's saved views hold. */
const viewKeys = ["vstatus"] as const;

/** Every version of a project, newest first, filtered by review status; one opens in its task. */
export function VersionsBrowser({ projectId }: { projectId: string }) {
  const { orgId } = useCurrentOrg();
  const openTask = useOpenTask();
  const [params, setParams] = useSearchParams();
  const raw = params.get("vstatus");
  const status = reviewStatuses.includes(raw as ReviewStatus) ? (raw as ReviewStatus) : null;
  const versions = useProjectVersions(orgId, projectId, { reviewStatus: status });
  const items = versions.data?.pages.flatMap((p) => p.items) ?? [];
  const setStatus = (v: string) =>
    setParams(
      (cur) => {
        const next = new URLSearchParams(cur);
        if (v === "all") next.delete("vstatus");
        else next.set("vstatus", v);
        return next;
      },
      { replace: true },
    );

  let body: React.ReactNode;
  if (versions.isPending)
    body = (
      <SimpleGrid cols={{ base: 2, md: 4, xl: 5 }} aria-busy="true" aria-label="Loading versions">
        {Array.from({ length: 10 }, (_, i) => (
          <Skeleton key={String(i)} h={190} radius="md" />
        ))}
      </SimpleGrid>
    );
  else if (versions.isError) body = <ErrorState error={versions.error} title="Could not load versions" onRetry={() => versions.refetch()} />;
  else if (items.length === 0)
    body = (
      <EmptyState
        py={64}
        icon={<IconPhotoOff size={28} />}
        withIndicatorBackground
        title={status ? `No ${reviewStatusMeta[status].label.toLowerCase()} versions` : "No versions yet"}
        description="Artists upload versions from their tasks; they show up here for review."
      />
    );
  else
    body = (
      <Stack>
        <SimpleGrid cols={{ base: 2, md: 4, xl: 5 }} spacing="sm" data-testid="versions-grid">
          {items.map((v) => (
            <UnstyledButton key={v.id} onClick={() => openTask({ id: v.taskId, projectId: v.projectId }, { versionId: v.id })} aria-label={`Open ${v.label}`}>
              <Paper withBorder radius="md" p={6} data-testid="version-tile">
                <VersionThumb orgId={orgId} version={v} height={120} />
                <Stack gap={3} p={4} pt={8}>
                  <Group justify="space-between" wrap="nowrap" gap={4}>
                    <Text fz="sm" fw={700} ff="monospace" truncate>
                      {v.entityCode ?? v.taskName} {v.label}
                    </Text>
                    <ReviewStatusBadge status={v.reviewStatus} size="xs" />
                  </Group>
                  <Text fz="xs" c="dimmed" truncate>
                    {v.taskTypeName} · {v.submittedByName ?? "Unknown"} · {formatRelative(v.createdAt)}
                  </Text>
                </Stack>
              </Paper>
            </UnstyledButton>
          ))}
        </SimpleGrid>
        {versions.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => versions.fetchNextPage()} loading={versions.isFetchingNextPage}>
              Show older versions
            </Button>
          </Group>
        )}
      </Stack>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Review status"
          size="xs"
          value={status ?? "all"}
          onChange={setStatus}
          data={[{ value: "all", label: "All" }, ...reviewStatuses.map((s) => ({ value: s, label: reviewStatusMeta[s].label }))]}
        />
        <SavedViewsMenu viewKind="versions" projectId={projectId} keys={viewKeys} />
      </Group>
      {body}
    </Stack>
  );
}
