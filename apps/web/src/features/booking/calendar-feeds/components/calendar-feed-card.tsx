import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCalendarShare, IconKey, IconRefresh } from "@tabler/icons-react";
import { useState } from "react";
import { ConfirmDialog } from "../../../../components/confirm-dialog";
import { CopyField } from "../../../../components/copy-field";
import { ErrorState } from "../../../../components/error-state";
import { FormError } from "../../../../components/form-error";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { formatDateTime } from "../../../../lib/format";
import { type FeedSubject, useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from "../api/calendar-feed-api";

type Props = { orgId: string; subject: FeedSubject; name: string; bare?: boolean };

/**
 * The secret iCal address of a person's or room's bookings (BOOK-10). The server keeps only a
 * hash, so the address is shown once, right after it is made; replacing it kills the old one.
 */
export function CalendarFeedCard({ orgId, subject, name, bare }: Props) {
  const feed = useCalendarFeed(orgId, subject);
  const create = useCreateCalendarFeed(orgId, subject);
  const revoke = useRevokeCalendarFeed(orgId, subject);
  const [fresh, setFresh] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<"replace" | "revoke" | null>(null);

  const make = () =>
    create.mutate(undefined, {
      onSuccess: (f) => {
        setFresh(f.url);
        setConfirm(null);
      },
    });

  let body: React.ReactNode;
  if (feed.isPending) body = <Skeleton h={48} aria-label="Loading calendar feed" />;
  // Only managers and the person themselves may see a feed: say so calmly instead of an error.
  else if (isApiError(feed.error) && feed.error.status === 403)
    body = (
      <Text fz="sm" c="dimmed">
        Only managers, or {name} themselves, can manage this calendar link.
      </Text>
    );
  else if (feed.isError) body = <ErrorState error={feed.error} title="Could not load the calendar link" onRetry={() => feed.refetch()} />;
  else if (!feed.data)
    body = (
      <Stack gap="xs" align="flex-start">
        <Text fz="sm" c="dimmed">
          Subscribe to {name}'s bookings from Google Calendar, Outlook or Apple Calendar with a private link.
        </Text>
        <Button size="xs" variant="light" leftSection={<IconCalendarShare size={14} />} loading={create.isPending} onClick={make}>
          Create calendar link
        </Button>
      </Stack>
    );
  else
    body = (
      <Stack gap="xs">
        {fresh ? (
          <Alert color="teal" variant="light" icon={<IconKey size={18} />} p="sm">
            <Stack gap={6}>
              <Text fz="sm">Copy this link now: it is shown only once. Anyone with it can read these bookings.</Text>
              <CopyField value={fresh} aria-label="Calendar link" testId="calendar-feed-url" />
            </Stack>
          </Alert>
        ) : (
          <Text fz="sm" c="dimmed" data-testid="calendar-feed-active">
            Active link{" "}
            <Text span ff="monospace">
              {feed.data.tokenPrefix}…
            </Text>{" "}
            since {formatDateTime(feed.data.createdAt)}. Lost it? Replace it.
          </Text>
        )}
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={() => setConfirm("replace")}>
            Replace link
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirm("revoke")}>
            Revoke
          </Button>
        </Group>
      </Stack>
    );

  const dialogError = confirm === "replace" ? create.error : revoke.error;
  const content = (
    <Stack gap="sm" data-testid="calendar-feed-card">
      <Title order={3} fz="sm" fw={650}>
        Calendar feed
      </Title>
      {body}
      <FormError message={create.error && !confirm ? errorMessage(create.error) : null} />
      <ConfirmDialog
        opened={confirm !== null}
        title={confirm === "replace" ? "Replace the calendar link?" : "Revoke the calendar link?"}
        message={
          confirm === "replace"
            ? "Calendars subscribed to the current link stop updating. You will get a new link to share."
            : "Calendars subscribed to this link stop updating at once."
        }
        confirmLabel={confirm === "replace" ? "Replace" : "Revoke"}
        loading={create.isPending || revoke.isPending}
        error={<FormError message={dialogError ? errorMessage(dialogError) : null} />}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          confirm === "replace"
            ? make()
            : revoke.mutate(undefined, {
                onSuccess: () => {
                  setFresh(null);
                  setConfirm(null);
                  notifications.show({ color: "teal", message: "Calendar link revoked." });
                },
              })
        }
      />
    </Stack>
  );
  return bare ? (
    content
  ) : (
    <Paper withBorder radius="md" p="md">
      {content}
    </Paper>
  );
}
