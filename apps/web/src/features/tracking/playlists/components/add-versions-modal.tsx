import type { ReviewStatus } from "@backlot/contracts/tracking/versions";
import { Badge, Button, Checkbox, EmptyState, Group, Modal, ScrollArea, SegmentedControl, Skeleton, Stack, Text } from "@mantine/core";
import { IconPhotoOff } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { FormError } from "../../../../components/form-error";
import { errorMessage } from "../../../../lib/api-client";
import { formatRelative } from "../../../../lib/format";
import { useProjectVersions } from "../../versions/api/versions-api";
import { ReviewStatusBadge } from "../../versions/components/review-status-badge";
import { VersionThumb } from "../../versions/components/version-thumb";
import { useAddToPlaylist } from "../api/playlists-api";

type Props = { orgId: string; projectId: string; playlistId: string; present: Set<string>; opened: boolean; onClose: () => void };

const filters: { value: ReviewStatus | "all"; label: string }[] = [
  { value: "pending_review", label: "Pending review" },
  { value: "retake", label: "Retake" },
  { value: "approved", label: "Approved" },
  { value: "all", label: "All" },
];

function Picker({ orgId, projectId, playlistId, present, onClose }: Omit<Props, "opened">) {
  const [status, setStatus] = useState<ReviewStatus | "all">("pending_review");
  const [picked, setPicked] = useState<string[]>([]);
  const versions = useProjectVersions(orgId, projectId, { reviewStatus: status === "all" ? null : status });
  const add = useAddToPlaylist(orgId, playlistId);
  const items = versions.data?.pages.flatMap((p) => p.items) ?? [];
  const toggle = (id: string) => setPicked((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  let body: React.ReactNode;
  if (versions.isPending) body = <Skeleton h={240} />;
  else if (versions.isError) body = <ErrorState error={versions.error} title="Could not load versions" onRetry={() => versions.refetch()} />;
  else if (items.length === 0)
    body = (
      <EmptyState
        py="xl"
        size="sm"
        icon={<IconPhotoOff size={22} />}
        title="No versions here"
        description={status === "pending_review" ? "Nothing is waiting for review in this project." : "No version of this project has this status."}
      />
    );
  else
    body = (
      <ScrollArea.Autosize mah="55vh" type="auto">
        <Stack gap={4}>
          {items.map((v) => {
            const added = present.has(v.id);
            const name = [v.entityCode, v.taskTypeName, v.label].filter(Boolean).join(" · ");
            return (
              <Group key={v.id} gap="sm" wrap="nowrap" p={6} style={{ borderRadius: 6, opacity: added ? 0.55 : 1 }} data-testid="version-option">
                <Checkbox aria-label={`Add ${name}`} checked={added || picked.includes(v.id)} disabled={added} onChange={() => toggle(v.id)} />
                <VersionThumb orgId={orgId} version={v} height={44} />
                <Stack gap={0} style={{ flex: 1 }} miw={0}>
                  <Text fz="sm" fw={600} truncate>
                    {name}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {v.submittedByName ?? "Unknown"} · {formatRelative(v.createdAt)}
                  </Text>
                </Stack>
                {added ? <Badge variant="default">In playlist</Badge> : <ReviewStatusBadge status={v.reviewStatus} size="sm" />}
              </Group>
            );
          })}
          {versions.hasNextPage && (
            <Button variant="subtle" size="xs" onClick={() => versions.fetchNextPage()} loading={versions.isFetchingNextPage}>
              Show older versions
            </Button>
          )}
        </Stack>
      </ScrollArea.Autosize>
    );

  return (
    <Stack gap="sm">
      <SegmentedControl size="xs" value={status} onChange={(v) => setStatus(v as ReviewStatus | "all")} data={filters} />
      {body}
      {add.isError && <FormError message={errorMessage(add.error)} />}
      <Group justify="space-between">
        <Text fz="sm" c="dimmed">
          {picked.length === 0 ? "Pick the versions to review." : `${picked.length} selected`}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={picked.length === 0} loading={add.isPending} onClick={() => add.mutate(picked, { onSuccess: onClose })}>
            Add {picked.length || ""} {picked.length === 1 ? "version" : "versions"}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

/** Picks versions of the project to append to a playlist; pending review ones first. */
export function AddVersionsModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Add versions to the playlist" size="lg" centered>
      {props.opened && <Picker {...props} />}
    </Modal>
  );
}
