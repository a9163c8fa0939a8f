import { Button, Paper, SegmentedControl } from "@mantine/core";
import { IconChecks } from "@tabler/icons-react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../../components/page-header";
import { useCurrentOrg } from "../../organizations/api/current-org";
import { useMarkAllRead, useUnreadCount } from "../api/inbox-api";
import { NotificationList } from "./notification-list";

/** The inbox (CORE-9): mentions, assignments and reviews, newest first. */
export function InboxPage() {
  const { orgId } = useCurrentOrg();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get("show") === "unread";
  const unread = useUnreadCount(orgId);
  const markAll = useMarkAllRead(orgId);
  const count = unread.data ?? 0;
  return (
    <>
      <PageHeader
        title="Inbox"
        description={count === 0 ? "Nothing unread." : `${count} unread`}
        actions={
          <>
            <SegmentedControl
              size="xs"
              value={unreadOnly ? "unread" : "all"}
              onChange={(v) =>
                setParams(
                  (current) => {
                    const next = new URLSearchParams(current);
                    if (v === "unread") next.set("show", "unread");
                    else next.delete("show");
                    return next;
                  },
                  { replace: true },
                )
              }
              data={[
                { value: "all", label: "All" },
                { value: "unread", label: "Unread" },
              ]}
            />
            <Button
              size="xs"
              variant="default"
              leftSection={<IconChecks size={15} />}
              disabled={count === 0}
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              Mark all read
            </Button>
          </>
        }
      />
      <Paper withBorder radius="md" p={6} maw={860}>
        <NotificationList orgId={orgId} unread={unreadOnly} />
      </Paper>
    </>
  );
}
