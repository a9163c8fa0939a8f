import type { Version } from "@backlot/contracts/tracking/versions";
import { Button, Divider, Paper, ScrollArea, Stack } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { CommentThread } from "../../../comments/components/comment-thread";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { useProjectArchived } from "../../projects/api/projects-api";
import { useOpenTask } from "../../task-detail/api/open-task";
import { VersionDetails } from "../../versions/components/version-details";
import { ReviewActions } from "./review-actions";

/** Beside the player: what the version is, the reviewer's decision, and its notes. */
export function ReviewSidebar({ version }: { version: Version }) {
  const { orgId, can } = useCurrentOrg();
  const openTask = useOpenTask();
  const archived = useProjectArchived(orgId, version.projectId);
  return (
    <Paper withBorder radius="md" style={{ overflow: "hidden" }}>
      <ScrollArea h="max(480px, calc(100vh - 210px))" type="auto">
        <Stack gap="md" p="md">
          <VersionDetails orgId={orgId} version={version} />
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconExternalLink size={14} />}
            onClick={() => openTask({ id: version.taskId, projectId: version.projectId })}
            style={{ alignSelf: "flex-start" }}
          >
            Open the task
          </Button>
          {/* Keyed by version: a half-written note must not carry over to the next one. */}
          {can("review.manage") && !archived && <ReviewActions key={`review-${version.id}`} orgId={orgId} version={version} />}
          <Divider label="Notes" labelPosition="left" />
          <CommentThread
            key={`notes-${version.id}`}
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
    </Paper>
  );
}
