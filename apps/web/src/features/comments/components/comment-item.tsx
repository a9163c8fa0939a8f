import type { Comment } from "@backlot/contracts/core/comments";
import { Avatar, Badge, Box, Button, Group, Text, Tooltip } from "@mantine/core";
import { IconEye } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { FormError } from "../../../components/form-error";
import { errorMessage } from "../../../lib/api-client";
import { formatDateTime, formatRelative } from "../../../lib/format";
import { useDeleteComment, useUpdateComment } from "../api/comments-api";
import { AttachmentList } from "./attachment-list";
import classes from "./comment-body.module.css";
import { CommentComposer } from "./comment-composer";

type Props = {
  orgId: string;
  comment: Comment;
  meId: string | undefined;
  canComment: boolean;
  allowClientVisible?: boolean;
  onReply?: () => void;
};

/** One comment: author, when, rendered Markdown, attachments; its author may edit or delete it. */
export function CommentItem({ orgId, comment, meId, canComment, allowClientVisible, onReply }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateComment(orgId);
  const remove = useDeleteComment(orgId);
  const mine = comment.authorId !== null && comment.authorId === meId;
  const author = comment.authorName ?? "Client";

  if (comment.deletedAt)
    return (
      <Text fz="sm" c="dimmed" fs="italic" py={4} data-testid="comment">
        This comment was deleted.
      </Text>
    );

  return (
    <Group align="flex-start" gap="sm" wrap="nowrap" data-testid="comment">
      <Avatar size={30} radius="xl" color={comment.authorId ? "initials" : "teal"} name={author} />
      <Box miw={0} style={{ flex: 1 }}>
        <Group gap={6} wrap="wrap">
          <Text fz="sm" fw={600}>
            {author}
          </Text>
          {!comment.authorId && (
            <Badge size="xs" variant="light" color="teal">
              Client
            </Badge>
          )}
          <Tooltip label={formatDateTime(comment.createdAt)} withArrow openDelay={300}>
            <Text fz="xs" c="dimmed">
              {formatRelative(comment.createdAt)}
              {comment.editedAt && " · edited"}
            </Text>
          </Tooltip>
          {comment.clientVisible && comment.authorId && (
            <Tooltip label="Shown to the client on the review link" withArrow>
              <Badge size="xs" variant="outline" color="teal" leftSection={<IconEye size={10} />}>
                Client can see
              </Badge>
            </Tooltip>
          )}
        </Group>
        {editing ? (
          <Box mt={6}>
            <CommentComposer
              orgId={orgId}
              initial={{ body: comment.body, attachments: comment.attachments, clientVisible: comment.clientVisible }}
              allowClientVisible={allowClientVisible}
              submitLabel="Save"
              label="Edit comment"
              autoFocus
              onCancel={() => setEditing(false)}
              onSubmit={async (v) => {
                await update.mutateAsync({ id: comment.id, version: comment.version, ...v });
                setEditing(false);
              }}
            />
          </Box>
        ) : (
          <>
            <div
              className={classes.body}
              data-testid="comment-body"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: bodyHtml is sanitized by the server against an allow-list
              dangerouslySetInnerHTML={{ __html: comment.bodyHtml }}
            />
            <AttachmentList orgId={orgId} files={comment.attachments} />
            <Group gap={2} mt={2} ml={-8}>
              {canComment && onReply && (
                <Button size="compact-xs" variant="subtle" color="gray" onClick={onReply}>
                  Reply
                </Button>
              )}
              {mine && canComment && (
                <>
                  <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setEditing(true)}>
                    Edit
                  </Button>
                  <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setConfirming(true)}>
                    Delete
                  </Button>
                </>
              )}
            </Group>
          </>
        )}
      </Box>
      <ConfirmDialog
        opened={confirming}
        title="Delete this comment?"
        message="It will show as deleted in the thread; its text stays in the record's history."
        confirmLabel="Delete comment"
        loading={remove.isPending}
        error={remove.isError ? <FormError message={errorMessage(remove.error)} /> : null}
        onConfirm={() => remove.mutate(comment, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
    </Group>
  );
}
