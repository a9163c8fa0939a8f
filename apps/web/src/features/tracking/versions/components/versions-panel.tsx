import type { Version } from "@backlot/contracts/tracking/versions";
import { EmptyState, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { IconPhoto } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { useTaskVersions } from "../api/versions-api";
import { VersionCard } from "./version-card";
import { VersionUploader } from "./version-uploader";
import { VersionViewer } from "./version-viewer";

type Props = { taskId: string; archived: boolean; focusVersionId?: string | null; onFocusVersion?: (id: string | null) => void };

const labelOf = (n: number) => `v${String(n).padStart(3, "0")}`;

/** A task's versions: upload the next one, browse them newest first, open one to review. */
export function VersionsPanel({ taskId, archived, focusVersionId, onFocusVersion }: Props) {
  const { orgId, can } = useCurrentOrg();
  const versions = useTaskVersions(orgId, taskId);
  const [openId, setOpenId] = useState<string | null>(focusVersionId ?? null);
  useEffect(() => {
    setOpenId(focusVersionId ?? null);
  }, [focusVersionId]);
  const open = versions.data?.find((v) => v.id === openId) ?? null;
  const next = labelOf((versions.data?.[0]?.number ?? 0) + 1);
  const show = (v: Version | null) => {
    setOpenId(v?.id ?? null);
    onFocusVersion?.(v?.id ?? null);
  };

  let list: React.ReactNode;
  if (versions.isPending)
    list = (
      <Stack gap="xs" aria-busy="true" aria-label="Loading versions">
        <Skeleton h={90} radius="md" />
        <Skeleton h={90} radius="md" />
      </Stack>
    );
  else if (versions.isError) list = <ErrorState error={versions.error} title="Could not load versions" onRetry={() => versions.refetch()} />;
  else if (versions.data.length === 0)
    list = (
      <EmptyState
        py="md"
        size="sm"
        icon={<IconPhoto size={22} />}
        title="No versions yet"
        description={can("task.progress") ? "Upload the first render or frame above; it goes to review." : "Versions appear here when the artist uploads them."}
      />
    );
  else
    list = (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" data-testid="version-list">
        {versions.data.map((v) => (
          <VersionCard key={v.id} orgId={orgId} version={v} onOpen={show} selected={v.id === openId} />
        ))}
      </SimpleGrid>
    );

  return (
    <Stack gap="sm">
      {can("task.progress") && !archived && <VersionUploader orgId={orgId} taskId={taskId} nextLabel={next} />}
      {archived && (
        <Text fz="sm" c="dimmed">
          This task or its project is archived: restore it to add versions.
        </Text>
      )}
      {list}
      <VersionViewer version={open} onClose={() => show(null)} />
    </Stack>
  );
}
