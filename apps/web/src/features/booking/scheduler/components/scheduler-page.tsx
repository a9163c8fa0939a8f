import { Alert, Button, EmptyState, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconCalendarOff, IconUsers } from "@tabler/icons-react";
import { useCallback, useMemo, useState } from "react";
import { Link } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { BookingDrawer } from "../../bookings/components/booking-drawer";
import { addDays, dateOfDay, dayNumber, formatDayRange, todayIn } from "../api/calendar-days";
import { useSchedulerParams } from "../api/scheduler-params";
import type { Bar, Span, TimelineRow } from "../api/timeline";
import { CreateBookingModal, type NewBooking } from "./create-booking-modal";
import { DropConflict } from "./drop-conflict";
import { SchedulerFilters } from "./scheduler-filters";
import { SchedulerGrid } from "./scheduler-grid";
import { SchedulerLegend, SchedulerToolbar } from "./scheduler-toolbar";
import { useBookingMoves } from "./use-booking-moves";
import { useSchedulerView } from "./use-scheduler-view";

function GridSkeleton() {
  return (
    <Stack gap={6} data-testid="scheduler-loading" aria-busy>
      <Skeleton h={48} />
      {Array.from({ length: 8 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with nothing else to key on
        <Skeleton key={i} h={44} />
      ))}
    </Stack>
  );
}

/** The coordinator's scheduler (BOOK-7): people or rooms down, days across, bookings as bars. */
export function SchedulerPage() {
  const { orgId, organization, can } = useCurrentOrg();
  const timeZone = organization?.timeZone ?? "UTC";
  const today = todayIn(timeZone);
  const [params, update] = useSchedulerParams(today);
  const view = useSchedulerView(orgId, params, timeZone);
  const { schedule, candidates, free, rows, firstDay } = view;
  const canEdit = can("booking.manage");
  // The booking open in the drawer, and the zone its days are told in (its person's or room's).
  const [selected, setSelected] = useState<{ id: string; timeZone: string } | null>(null);
  const [draft, setDraft] = useState<NewBooking | null>(null);
  const [lastProject, setLastProject] = useState<string | null>(null);
  const moves = useBookingMoves(orgId, firstDay);
  const { names, projects } = view;
  const nameOf = useCallback((id: string | null | undefined) => (id ? (names.get(id) ?? "Someone outside this view") : "No one"), [names]);
  const { zones } = view;
  const onOpen = useCallback(
    (bar: Bar) => setSelected({ id: bar.booking.id, timeZone: (bar.booking.bookableId && zones.get(bar.booking.bookableId)) || timeZone }),
    [zones, timeZone],
  );
  const onCreate = useCallback(
    (row: TimelineRow, span: Span) => setDraft({ row, startDate: dateOfDay(firstDay + span.startCol), endDate: dateOfDay(firstDay + span.endCol - 1) }),
    [firstDay],
  );

  const { problem, clearProblem } = moves;
  // One object per refused drop: the grid brings it into view once, not on every render.
  const overlay = useMemo(
    () =>
      problem
        ? {
            rowKey: problem.rowKey,
            fromKey: problem.fromKey,
            cols: problem.cols,
            node: <DropConflict problem={problem} projects={projects} onClose={clearProblem} />,
          }
        : null,
    [problem, projects, clearProblem],
  );

  let body: React.ReactNode;
  const data = schedule.data;
  if (schedule.isPending || (free && candidates.isPending)) body = <GridSkeleton />;
  else if (schedule.isError) body = <ErrorState error={schedule.error} title="Could not load the scheduler" onRetry={() => schedule.refetch()} />;
  else if (free && candidates.isError)
    body = <ErrorState error={candidates.error} title="Could not search availability" onRetry={() => candidates.refetch()} />;
  else if (rows.length === 0)
    body = (
      <NoRows
        params={params}
        orgId={orgId}
        matching={data?.rows.length ?? 0}
        onClear={() => update({ department: null, skill: null, minLevel: 1, freeFrom: null, freeTo: null, q: "" })}
      />
    );
  else
    body = (
      <>
        {data && data.bookings.length === 0 && data.placeholders.length === 0 && (
          <Alert variant="light" color="gray" icon={<IconCalendarOff size={18} />} py={8}>
            Nothing booked in these weeks.{canEdit ? " Drag across days in a row to pencil someone in." : ""}
          </Alert>
        )}
        <SchedulerGrid
          rows={rows}
          firstDay={firstDay}
          days={view.days}
          dayWidth={view.dayWidth}
          today={dayNumber(today)}
          weeks={params.zoom === "weeks"}
          holidays={view.holidays}
          projects={projects}
          challenges={view.challenges.data}
          candidates={view.ranking}
          highlight={view.highlight}
          canEdit={canEdit}
          selectedId={selected?.id ?? null}
          rowLabel={
            free ? `${rows.length} free · best match first` : `${rows.length} ${params.rows === "people" ? (rows.length === 1 ? "row" : "rows") : "resources"}`
          }
          onOpen={onOpen}
          onCreate={onCreate}
          onCommit={moves.commit}
          saving={moves.saving}
          overlay={overlay}
          onDismissOverlay={clearProblem}
          onShiftWindow={(shift) => update({ start: addDays(params.start, shift) })}
        />
      </>
    );

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <SchedulerToolbar params={params} today={today} onChange={update} />
        <SchedulerLegend />
      </Group>
      <SchedulerFilters orgId={orgId} params={params} today={today} onChange={update} />
      {free && params.freeFrom && params.freeTo && (
        <Group gap="xs" data-testid="free-summary">
          <Text fz="sm" c="dimmed">
            Showing people free {formatDayRange(params.freeFrom, params.freeTo)} (no confirmed booking or time off), ranked by skill match and cost.
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={() => update({ freeFrom: null, freeTo: null })}>
            Show everyone
          </Button>
        </Group>
      )}
      {body}
      <CreateBookingModal orgId={orgId} draft={draft} lastProjectId={lastProject} onClose={() => setDraft(null)} onCreated={setLastProject} />
      <BookingDrawer
        orgId={orgId}
        bookingId={selected?.id ?? null}
        timeZone={selected?.timeZone ?? timeZone}
        canEdit={canEdit}
        nameOf={nameOf}
        onClose={() => setSelected(null)}
      />
    </Stack>
  );
}

type NoRowsProps = { params: ReturnType<typeof useSchedulerParams>[0]; orgId: string; matching: number; onClear: () => void };

/** Empty: no people (or rooms) at all, nobody matching the filters, or nobody of those free. */
function NoRows({ params, orgId, matching, onClear }: NoRowsProps) {
  const filtered = params.department || params.skill || params.freeFrom || params.q;
  const busy = params.freeFrom !== null && matching > 0;
  if (filtered)
    return (
      <EmptyState
        icon={<IconUsers size={28} />}
        withIndicatorBackground
        title={busy ? "No one matching is free then" : "Nothing matches these filters"}
        description={
          busy
            ? "Everyone who matches has a confirmed booking or time off in those days. Try other dates or a lower skill level."
            : "Try another department, skill or level."
        }
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={onClear}>
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  const people = params.rows === "people";
  return (
    <EmptyState
      icon={<IconUsers size={28} />}
      withIndicatorBackground
      title={people ? "No people to schedule yet" : "No rooms or equipment yet"}
      description={people ? "Add the studio's people first; they appear here as rows to book." : "Add rooms and equipment to book them like people."}
    >
      <EmptyState.Actions>
        <Button component={Link} to={people ? `/o/${orgId}/people` : `/o/${orgId}/booking/resources`} variant="default">
          {people ? "Go to People" : "Rooms & equipment"}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
