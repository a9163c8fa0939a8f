import type { Notification } from "@backlot/contracts/core/notifications";
import { Button, EmptyState, Skeleton, Stack } from "@mantine/core";
import { IconInbox } from "@tabler/icons-react";
import { ErrorState } from "../../../components/error-state";
import { useMarkRead, useNotifications } from "../api/inbox-api";
import { useOpenNotification } from "../api/open-notification";
import { NotificationRow } from "./notification-row";

type Props = { orgId: string; unread: boolean; limit?: number; compact?: boolean; onOpened?: () => void; paged?: boolean };

/** Notifications with loading, empty and error states; opening one marks it read. */
export function NotificationList({ orgId, unread, limit, compact, onOpened, paged = true }: Props) {
  const list = useNotifications(orgId, unread, limit);
  const mark = useMarkRead(orgId);
  const openRecord = useOpenNotification(orgId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  const open = (n: Notification) => {
    if (!n.readAt) mark.mutate({ id: n.id, read: true });
    onOpened?.();
    void openRecord(n);
  };

  if (list.isPending)
    return (
      <Stack gap="xs" p="sm" aria-busy="true" aria-label="Loading notifications">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={compact ? 44 : 56} radius="md" />
        ))}
      </Stack>
    );
  if (list.isError) return <ErrorState error={list.error} title="Could not load your inbox" onRetry={() => list.refetch()} />;
  if (items.length === 0)
    return (
      <EmptyState
        py={compact ? "lg" : 56}
        size={compact ? "sm" : "md"}
        icon={<IconInbox size={compact ? 22 : 28} />}
        withIndicatorBackground={!compact}
        title={unread ? "You're all caught up" : "Nothing here yet"}
        description={unread ? "No unread notifications." : "When someone @mentions you, assigns you a task or reviews your version, it shows up here."}
      />
    );
  return (
    <Stack gap={4} data-testid="notification-list">
      {items.map((n) => (
        <NotificationRow key={n.id} notification={n} compact={compact} onOpen={() => open(n)} onToggleRead={() => mark.mutate({ id: n.id, read: !n.readAt })} />
      ))}
      {paged && list.hasNextPage && (
        <Button variant="subtle" size="xs" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
          Load older notifications
        </Button>
      )}
    </Stack>
  );
}
