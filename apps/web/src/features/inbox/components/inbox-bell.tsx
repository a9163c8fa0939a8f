import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Text, Tooltip } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBell, IconChecks } from "@tabler/icons-react";
import { Link } from "react-router";
import { useMarkAllRead, useUnreadCount } from "../api/inbox-api";
import { NotificationList } from "./notification-list";

/** The bell in the app header: unread count (live) and the latest notifications. */
export function InboxBell({ orgId }: { orgId: string }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const unread = useUnreadCount(orgId);
  const markAll = useMarkAllRead(orgId);
  const count = unread.data ?? 0;
  const label = count === 0 ? "Inbox, nothing unread" : `Inbox, ${count} unread`;
  return (
    <Popover opened={opened} onChange={(o) => !o && close()} position="bottom-end" width={400} shadow="md" radius="md" withArrow arrowOffset={14}>
      <Popover.Target>
        <Tooltip label="Inbox" withArrow disabled={opened}>
          <Indicator label={count > 99 ? "99+" : count} size={16} offset={5} disabled={count === 0} color="red" fz={10} fw={700} data-testid="inbox-count">
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={toggle} aria-label={label} data-testid="inbox-bell">
              <IconBell size={19} stroke={1.7} />
            </ActionIcon>
          </Indicator>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown p={0} data-testid="inbox-popover">
        <Group justify="space-between" px="md" py="sm">
          <Text fw={650} fz="sm">
            Inbox
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            leftSection={<IconChecks size={14} />}
            disabled={count === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            Mark all read
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={440} type="auto">
          <div style={{ padding: 6 }}>
            <NotificationList orgId={orgId} unread={false} limit={10} compact paged={false} onOpened={close} />
          </div>
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="center" py={8}>
          <Anchor component={Link} to={`/o/${orgId}/inbox`} fz="sm" onClick={close}>
            Open the inbox
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
