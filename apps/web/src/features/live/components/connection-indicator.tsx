import { Badge, Box, Tooltip } from "@mantine/core";
import type { LiveStatus } from "../api/live-events";

const looks: Record<LiveStatus, { color: string; label: string; tip: string }> = {
  live: { color: "teal", label: "Live", tip: "Changes by others appear instantly." },
  connecting: { color: "gray", label: "Connecting", tip: "Connecting to live updates…" },
  reconnecting: {
    color: "orange",
    label: "Reconnecting",
    tip: "Live updates were interrupted. Reconnecting; missed changes will be caught up.",
  },
  offline: { color: "red", label: "Offline", tip: "You are offline. Changes will sync when you reconnect." },
};

export function ConnectionIndicator({ status }: { status: LiveStatus }) {
  const look = looks[status];
  return (
    <Tooltip label={look.tip} withArrow multiline maw={240}>
      <Badge
        variant="dot"
        color={look.color}
        size="md"
        radius="sm"
        data-testid="connection-status"
        data-status={status}
        styles={{ root: { textTransform: "none", fontWeight: 500 } }}
      >
        <Box component="span">{look.label}</Box>
      </Badge>
    </Tooltip>
  );
}
