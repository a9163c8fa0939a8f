import type { Version } from "@backlot/contracts/tracking/versions";
import { Box, Divider, Modal, ScrollArea, Stack, Text } from "@mantine/core";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { CommentThread } from "../../../comments/components/comment-thread";
import { useProjectArchived } from "../../projects/api/projects-api";
import { ReviewActions } from "../../review/components/review-actions";
import { VersionDetails } from "./version-details";
import { VersionMedia } from "./version-media";
import { versionSource } from "./version-source";

type Props = { version: Version | null; onClose: () => void };

/** One version at review size with its notes; reviewers can approve or ask for a retake here. */
export function VersionViewer({ version, onClose }: Props) {
  const { orgId, can } = useCurrentOrg();
  const archived = useProjectArchived(orgId, version?.projectId);
  return (
    <Modal
      opened={version !== null}
      onClose={onClose}
      size="min(1320px, 96vw)"
      centered
      title={
        version && (
          <Text fw={600} fz="sm">
            {[version.entityCode, version.taskTypeName, version.label].filter(Boolean).join(" · ")}
          </Text>
        )
      }
      styles={{ body: { padding: 0 } }}
    >
      {version && (
        <Box style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr) 400px", height: "min(780px, 82vh)" }} data-testid="version-viewer">
          <Box p="sm" bg="#0b0c0e">
            <VersionMedia media={versionSource(orgId, version)} height="100%" />
          </Box>
          <ScrollArea h="100%" type="auto">
            <Stack gap="md" p="md">
              <VersionDetails orgId={orgId} version={version} />
              {can("review.manage") && !archived && <ReviewActions orgId={orgId} version={version} />}
              <Divider label="Notes" labelPosition="left" />
              <CommentThread
                recordType="version"
                recordId={version.id}
                allowClientVisible={can("review.manage")}
                emptyTitle="No notes yet"
                emptyText="Notes from reviewers and the artist appear here."
                placeholder="Leave a note on this version…"
                readOnlyReason={archived ? "This project is archived; restore it to add notes." : undefined}
              />
            </Stack>
          </ScrollArea>
        </Box>
      )}
    </Modal>
  );
}
