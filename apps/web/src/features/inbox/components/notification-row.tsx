import type { Notification } from "@backlot/contracts/core/notifications";
import { ActionIcon, Box, Group, Text, ThemeIcon, Tooltip, UnstyledButton } from "@mantine/core";
import { IconAt, IconCircleCheck, IconMail, IconMailOpened, IconUserPlus } from "@tabler/icons-react";
import { formatDateTime, formatRelative } from "../../../lib/format";

const kinds = {
  mention: { icon: IconAt, color: "indigo", label: "Mention" },
  assignment: { icon: IconUserPlus, color: "teal", label: "Assignment" },
  review: { icon: IconCircleCheck, color: "orange", label: "Review" },
};

type Props = { notification: Notification; onOpen: () => void; onToggleRead: () => void; compact?: boolean };

/** One inbox item: what happened, who did it, when; unread ones are marked and bold. */
export function NotificationRow({ notification: n, onOpen, onToggleRead, compact }: Props) {
  const kind = kinds[n.kind];
  const unread = n.readAt === null;
  return (
    <Group
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      px={compact ? "sm" : "md"}
      py={compact ? 8 : 10}
      data-testid="notification"
      data-unread={unread}
      style={{ background: unread ? "var(--mantine-primary-color-light)" : undefined, borderRadius: 6 }}
    >
      <ThemeIcon size={compact ? 28 : 32} radius="xl" variant="light" color={kind.color} aria-label={kind.label}>
        <kind.icon size={compact ? 15 : 17} />
      </ThemeIcon>
      <UnstyledButton onClick={onOpen} style={{ flex: 1, minWidth: 0 }} aria-label={`Open: ${n.title}`}>
        <Text fz="sm" fw={unread ? 650 : 500} lineClamp={2}>
          {n.title}
        </Text>
        {n.body && (
          <Text fz="xs" c="dimmed" lineClamp={compact ? 2 : 3} mt={2}>
            {n.body}
          </Text>
        )}
        <Tooltip label={formatDateTime(n.createdAt)} withArrow openDelay={400}>
          <Text fz={11} c="dimmed" mt={3} span display="inline-block">
            {kind.label} · {formatRelative(n.createdAt)}
          </Text>
        </Tooltip>
      </UnstyledButton>
      <Box>
        <Tooltip label={unread ? "Mark read" : "Mark unread"} withArrow>
          <ActionIcon variant="subtle" color="gray" size="sm" onClick={onToggleRead} aria-label={unread ? "Mark read" : "Mark unread"}>
            {unread ? <IconMailOpened size={15} /> : <IconMail size={15} />}
          </ActionIcon>
        </Tooltip>
      </Box>
    </Group>
  );
}
