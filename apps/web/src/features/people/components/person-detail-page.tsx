import { fieldLabels } from "./person-fields";
import { Anchor, Avatar, Badge, Breadcrumbs, Grid, Group, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { Link, useParams } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { HistoryPanel } from "../../../components/history/history-panel";
import { PageHeader } from "../../../components/page-header";
import { formatDateTime } from "../../../lib/format";
import { useCurrentOrg } from "../../organizations/api/current-org";
import { usePerson } from "../api/people-api";
import { CalendarFeedCard } from "../../booking/calendar-feeds/components/calendar-feed-card";
import { BookingProfileCard } from "../../booking/profiles/components/booking-profile-card";
import { TimeOffCard } from "../../booking/time-off/components/time-off-card";
import { PersonArchiveButton } from "./person-archive-button";
import { PersonEditForm } from "./person-edit-form";
import { PersonStatusBadge } from "./person-status-badge";

/** History labels: the editable fields' labels plus the fields only the server changes. */
const historyLabels = { ...fieldLabels, archivedAt: "Archived", userId: "Linked login" };

function DetailSkeleton() {
  return (
    <Stack>
      <Skeleton h={16} w={160} />
      <Group>
        <Skeleton h={48} w={48} circle />
        <Skeleton h={28} w={260} />
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Skeleton h={320} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton h={320} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function PersonDetailPage() {
  const { personId = "" } = useParams();
  const { orgId, can } = useCurrentOrg();
  const person = usePerson(orgId, personId);
  const crumbs = (
    <Breadcrumbs fz="sm">
      <Anchor component={Link} to={`/o/${orgId}/people`} fz="sm">
        People
      </Anchor>
      <Text fz="sm" c="dimmed">
        {person.data?.displayName ?? "…"}
      </Text>
    </Breadcrumbs>
  );

  if (person.isPending) return <DetailSkeleton />;
  if (person.isError)
    return (
      <Stack>
        {crumbs}
        <ErrorState error={person.error} title="Could not load this person" onRetry={() => person.refetch()} />
      </Stack>
    );

  const p = person.data;
  return (
    <>
      <PageHeader
        above={crumbs}
        documentTitle={p.displayName}
        title={
          <Group gap="sm">
            <Avatar size={40} radius="xl" color="initials" name={p.displayName} />
            <span data-testid="person-name">{p.displayName}</span>
            <PersonStatusBadge person={p} />
            {p.userId && (
              <Badge variant="outline" color="gray" size="sm" radius="sm">
                Has a login
              </Badge>
            )}
          </Group>
        }
        description={[p.title, p.department].filter(Boolean).join(" · ") || undefined}
        actions={<PersonArchiveButton orgId={orgId} person={p} allowed={can("person.archive")} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack>
            <PersonEditForm
              key={p.id}
              orgId={orgId}
              person={p}
              canEdit={can("person.update")}
              permissionNote={
                !can("person.update") && (
                  <Badge variant="light" color="gray" size="sm">
                    Read only
                  </Badge>
                )
              }
            />
            <BookingProfileCard orgId={orgId} personId={p.id} canEdit={can("person.update")} archived={Boolean(p.archivedAt)} />
            <Paper withBorder radius="md" p="md">
              <Group gap="xl" fz="xs">
                <Text fz="xs" c="dimmed">
                  Created {formatDateTime(p.createdAt)}
                </Text>
                <Text fz="xs" c="dimmed">
                  Last updated {formatDateTime(p.updatedAt)}
                </Text>
                {p.archivedAt && (
                  <Text fz="xs" c="dimmed">
                    Archived {formatDateTime(p.archivedAt)}
                  </Text>
                )}
              </Group>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack>
            <TimeOffCard orgId={orgId} personId={p.id} canEdit={can("person.update") && !p.archivedAt} />
            <CalendarFeedCard orgId={orgId} subject={{ kind: "person", id: p.id }} name={p.displayName} />
            <HistoryPanel orgId={orgId} recordType="person" recordId={p.id} canRead={can("audit.read")} fieldLabels={historyLabels} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
