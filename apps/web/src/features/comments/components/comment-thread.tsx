import type { Comment, CommentRecordType } from "@backlot/contracts/core/comments";
import { Box, Button, Divider, EmptyState, Skeleton, Stack, Text } from "@mantine/core";
import { IconMessageCircle } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { ErrorState } from "../../../components/error-state";
import { useMe } from "../../auth/api/session-api";
import { useCurrentOrg } from "../../organizations/api/current-org";
import { useComments, useCreateComment } from "../api/comments-api";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";

type Props = {
  recordType: CommentRecordType;
  recordId: string;
  /** Offer "Visible to the client" on new comments (version notes). */
  allowClientVisible?: boolean;
  emptyTitle?: string;
  emptyText?: string;
  placeholder?: string;
  /** Set when the record cannot take comments now (e.g. its project is archived): shown instead of the composer. */
  readOnlyReason?: string;
};

type Thread = { root: Comment; replies: Comment[] };

/** Replies hang under the top-level comment they answer, however deep the reply chain. */
function threadsOf(comments: Comment[]): Thread[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (c: Comment): string => {
    let current = c;
    for (let i = 0; current.parentId && i < 50; i++) {
      const parent = byId.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current.id;
  };
  const threads = new Map<string, Thread>();
  for (const c of comments) {
    const root = rootOf(c);
    if (root === c.id) threads.set(c.id, { root: c, replies: threads.get(c.id)?.replies ?? [] });
    else {
      const t = threads.get(root);
      if (t) t.replies.push(c);
    }
  }
  return [...threads.values()];
}

function ThreadSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading comments">
      {[0, 1].map((i) => (
        <Stack key={i} gap={6}>
          <Skeleton h={12} w={160} />
          <Skeleton h={32} />
        </Stack>
      ))}
    </Stack>
  );
}

/** Comments on a record (CORE-5): threaded, Markdown, @mentions, attachments. */
export function CommentThread({ recordType, recordId, allowClientVisible, emptyTitle, emptyText, placeholder, readOnlyReason }: Props) {
  const { orgId, can } = useCurrentOrg();
  const me = useMe();
  const comments = useComments(orgId, recordType, recordId);
  const create = useCreateComment(orgId);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const canComment = can("comment.create") && !readOnlyReason;
  const all = useMemo(() => comments.data?.pages.flatMap((p) => p.items) ?? [], [comments.data]);
  const threads = useMemo(() => threadsOf(all), [all]);

  const post = (parentId: string | null) => (v: { body: string; attachmentIds: string[]; clientVisible: boolean }) =>
    create.mutateAsync({ recordType, recordId, parentId, ...v });

  let list: React.ReactNode;
  if (comments.isPending) list = <ThreadSkeleton />;
  else if (comments.isError) list = <ErrorState error={comments.error} title="Could not load comments" onRetry={() => comments.refetch()} />;
  else if (threads.length === 0)
    list = (
      <EmptyState
        py="md"
        size="sm"
        icon={<IconMessageCircle size={22} />}
        title={emptyTitle ?? "No comments yet"}
        description={emptyText ?? "Start the conversation below."}
      />
    );
  else
    list = (
      <Stack gap="md" data-testid="comment-list">
        {threads.map(({ root, replies }) => (
          <Stack key={root.id} gap="sm">
            <CommentItem
              orgId={orgId}
              comment={root}
              meId={me.data?.user.id}
              canComment={canComment}
              allowClientVisible={allowClientVisible}
              onReply={() => setReplyTo(root.id)}
            />
            {(replies.length > 0 || replyTo === root.id) && (
              <Stack gap="sm" pl={40} style={{ borderLeft: "2px solid var(--mantine-color-default-border)", marginLeft: 14 }}>
                {replies.map((r) => (
                  <CommentItem key={r.id} orgId={orgId} comment={r} meId={me.data?.user.id} canComment={canComment} onReply={() => setReplyTo(root.id)} />
                ))}
                {replyTo === root.id && (
                  <CommentComposer
                    orgId={orgId}
                    label="Reply"
                    placeholder={`Reply to ${root.authorName ?? "the client"}…`}
                    submitLabel="Send reply"
                    autoFocus
                    onCancel={() => setReplyTo(null)}
                    onSubmit={async (v) => {
                      await post(root.id)(v);
                      setReplyTo(null);
                    }}
                  />
                )}
              </Stack>
            )}
          </Stack>
        ))}
        {comments.hasNextPage && (
          <Button variant="subtle" size="xs" onClick={() => comments.fetchNextPage()} loading={comments.isFetchingNextPage}>
            Show later comments
          </Button>
        )}
      </Stack>
    );

  return (
    <Stack gap="md" data-testid="comment-thread">
      {list}
      <Divider />
      {canComment ? (
        <CommentComposer orgId={orgId} allowClientVisible={allowClientVisible} placeholder={placeholder} onSubmit={post(null)} />
      ) : (
        <Box>
          <Text fz="sm" c="dimmed" data-testid="comments-read-only">
            {readOnlyReason ?? "Your role can read comments but not add them."}
          </Text>
        </Box>
      )}
    </Stack>
  );
}
