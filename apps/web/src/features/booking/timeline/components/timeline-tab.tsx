import type { CascadeMode, PhaseChangeResult, TimelineWarning } from "@backlot/contracts/booking/timeline";
import { Button, EmptyState, Group, Paper, SegmentedControl, Stack, Text, Title, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDiamond, IconPlus, IconTimelineEvent } from "@tabler/icons-react";
import dayjs from "dayjs";
import { useEffect, useMemo, useRef, useState } from "react";
import { ErrorState } from "../../../../components/error-state";
import { TableSkeleton } from "../../../../components/table-skeleton";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { ChartBoundary } from "../../../tracking/gantt/components/chart-boundary";
import { GanttChart, type ViewMode } from "../../../tracking/gantt/components/gantt-chart";
import { type PhaseUpdate, useTimeline, useUpdateMilestone, useUpdatePhase } from "../api/timeline-api";
import { MilestoneDrawer } from "./milestone-drawer";
import { PhaseDrawer } from "./phase-drawer";
import { isoDay } from "../../../tracking/gantt/components/gantt-bars";
import { brokenLinks, milestoneBarPrefix, phaseStyles, timelineBars } from "./timeline-bars";
import { TimelineList } from "./timeline-list";
import { TimelineWarnings } from "./timeline-warnings";
import "./timeline-chart.css";

type Props = { orgId: string; projectId: string; canEdit: boolean };
/** What the drawer shows: a phase or milestone by id, or a new one. */
export type Editing = { kind: "phase" | "milestone"; id: string | null } | null;

const cascadeOptions = [
  { value: "move", label: "Move dependents" },
  { value: "warn", label: "Only this phase" },
];

/**
 * Opens the chart at today when the timeline spans it (frappe-gantt's own scroll_to is undone by
 * the refresh that follows its first render, so the container is scrolled here, once).
 */
function useScrollToToday(box: React.RefObject<HTMLDivElement | null>, ready: boolean) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !ready || !box.current) return;
    done.current = true;
    const frame = requestAnimationFrame(() => {
      const container = box.current?.querySelector<HTMLElement>(".gantt-container");
      const today = box.current?.querySelector<HTMLElement>(".current-highlight");
      if (container && today) container.scrollLeft = Math.max(0, today.offsetLeft - container.clientWidth / 4);
    });
    return () => cancelAnimationFrame(frame);
  }, [box, ready]);
}

/** Days for a short spot, weeks for anything longer (frappe-gantt's month view pads a year each side). */
function fittingZoom(bars: { start: string; end: string }[]): ViewMode {
  const first = bars.map((b) => b.start).sort()[0];
  const last = bars
    .map((b) => b.end)
    .sort()
    .at(-1);
  const days = first && last ? dayjs(last).diff(first, "day") : 0;
  return days > 40 ? "Week" : "Day";
}

/** The project timeline (BOOK-8): phases, finish-to-start arrows, milestones, today; drag to move. */
export function TimelineTab({ orgId, projectId, canEdit }: Props) {
  const timeline = useTimeline(orgId, projectId);
  const updatePhase = useUpdatePhase(orgId, projectId);
  const updateMilestone = useUpdateMilestone(orgId, projectId);
  const [viewMode, setViewMode] = useState<ViewMode | null>(null);
  const [cascade, setCascade] = useState<CascadeMode>("move");
  const [editing, setEditing] = useState<Editing>(null);
  const [warned, setWarned] = useState<{ phase: { id: string; name: string }; warnings: TimelineWarning[] } | null>(null);

  const data = timeline.data;
  const selectedId = editing?.id ?? null;
  const bars = useMemo(() => (data ? timelineBars(data, selectedId) : []), [data, selectedId]);
  const broken = data ? brokenLinks(data.phases, data.dependencies) : [];
  const chartBox = useRef<HTMLDivElement>(null);
  useScrollToToday(chartBox, bars.length > 0);
  // Until the user picks one, the zoom that fits the timeline.
  const zoom = viewMode ?? fittingZoom(bars);

  /** After a save: say what moved, keep what is now broken on screen until dealt with. */
  const report = (r: PhaseChangeResult) => {
    const alsoMoved = [...r.moved.map((p) => p.name), ...r.milestones.map((m) => `◆ ${m.name}`)];
    if (alsoMoved.length > 0) notifications.show({ color: "teal", title: `${r.phase.name} moved`, message: `Also moved: ${alsoMoved.join(", ")}` });
    setWarned(r.warnings.length > 0 ? { phase: r.phase, warnings: r.warnings } : null);
  };
  const savePhase = (update: PhaseUpdate, name: string) =>
    updatePhase.mutate(update, {
      onSuccess: report,
      onError: (e) =>
        notifications.show({
          color: "red",
          title: `${name} was not moved`,
          message: isApiError(e, "version_conflict") ? "Someone changed the timeline meanwhile; it has been reloaded." : errorMessage(e),
        }),
    });

  // frappe-gantt also reports a click when a drag ends over the bar: that one should not open the drawer.
  const draggedAt = useRef(0);
  const onDateChange = (id: string, start: Date, end: Date) => {
    draggedAt.current = Date.now();
    if (!data) return;
    if (id.startsWith(milestoneBarPrefix)) {
      const m = data.milestones.find((x) => `${milestoneBarPrefix}${x.id}` === id);
      if (m)
        updateMilestone.mutate(
          { id: m.id, version: m.version, date: isoDay(start) },
          { onError: (e) => notifications.show({ color: "red", message: errorMessage(e) }) },
        );
      return;
    }
    const phase = data.phases.find((p) => p.id === id);
    if (phase) savePhase({ id, version: phase.version, startDate: isoDay(start), endDate: isoDay(end), cascade }, phase.name);
  };
  const onSelect = (id: string) =>
    Date.now() - draggedAt.current > 400 &&
    setEditing(id.startsWith(milestoneBarPrefix) ? { kind: "milestone", id: id.slice(milestoneBarPrefix.length) } : { kind: "phase", id });

  let chart: React.ReactNode;
  if (timeline.isPending) chart = <TableSkeleton rows={6} columns={5} />;
  else if (timeline.isError) chart = <ErrorState error={timeline.error} title="Could not load the timeline" onRetry={() => timeline.refetch()} />;
  else if (bars.length === 0)
    chart = (
      <EmptyState
        py={56}
        icon={<IconTimelineEvent size={28} />}
        variant="light"
        title="No phases yet"
        description="Lay the project out in phases (bid, prep, shoot, post, delivery), link the ones that wait for each other, and mark the milestones that matter to the client."
        maw={560}
        mx="auto"
      >
        {canEdit && (
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: "phase", id: null })}>
              Add the first phase
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  else
    chart = (
      <ChartBoundary>
        <div className="backlot-timeline" data-testid="timeline-chart" ref={chartBox}>
          <GanttChart tasks={bars} viewMode={zoom} readonly={!canEdit} onDateChange={onDateChange} onSelect={onSelect} />
        </div>
      </ChartBoundary>
    );

  return (
    <Stack gap="md">
      <style>{phaseStyles(data?.phases ?? [])}</style>
      {warned && (
        <TimelineWarnings
          phaseName={warned.phase.name}
          warnings={warned.warnings}
          canEdit={canEdit}
          pending={updatePhase.isPending}
          onMove={() => {
            const phase = data?.phases.find((p) => p.id === warned.phase.id);
            if (phase) savePhase({ id: phase.id, version: phase.version, cascade: "move" }, phase.name);
          }}
          onDismiss={() => setWarned(null)}
        />
      )}
      <Paper withBorder radius="md">
        <Group p="md" justify="space-between" gap="sm">
          <Group gap="sm">
            <Title order={3} fz="md" fw={650}>
              Timeline
            </Title>
            {broken.length > 0 && (
              <Text fz="xs" c="red.7" fw={600} data-testid="timeline-broken-count">
                {broken.length} {broken.length === 1 ? "phase starts" : "phases start"} too early
              </Text>
            )}
          </Group>
          <Group gap="sm">
            {canEdit && (
              <Tooltip label="What dragging a phase later does to the phases that wait for it" withArrow>
                <SegmentedControl
                  size="xs"
                  data={cascadeOptions}
                  value={cascade}
                  onChange={(v) => setCascade(v as CascadeMode)}
                  aria-label="When moving a phase"
                  data-testid="timeline-cascade"
                />
              </Tooltip>
            )}
            <SegmentedControl
              size="xs"
              data={["Day", "Week", "Month"]}
              value={zoom}
              onChange={(v) => setViewMode(v as ViewMode)}
              aria-label="Zoom"
              data-testid="timeline-zoom"
            />
            {canEdit && (
              <>
                <Button size="xs" variant="default" leftSection={<IconDiamond size={14} />} onClick={() => setEditing({ kind: "milestone", id: null })}>
                  Add milestone
                </Button>
                <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ kind: "phase", id: null })}>
                  Add phase
                </Button>
              </>
            )}
          </Group>
        </Group>
        <div style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>{chart}</div>
      </Paper>
      {data && data.phases.length + data.milestones.length > 0 && <TimelineList timeline={data} onOpen={setEditing} />}
      {data && (
        <>
          <PhaseDrawer
            orgId={orgId}
            projectId={projectId}
            timeline={data}
            phaseId={editing?.kind === "phase" ? editing.id : null}
            opened={editing?.kind === "phase"}
            canEdit={canEdit}
            cascade={cascade}
            onSaved={report}
            onClose={() => setEditing(null)}
          />
          <MilestoneDrawer
            orgId={orgId}
            projectId={projectId}
            timeline={data}
            milestoneId={editing?.kind === "milestone" ? editing.id : null}
            opened={editing?.kind === "milestone"}
            canEdit={canEdit}
            onClose={() => setEditing(null)}
          />
        </>
      )}
    </Stack>
  );
}
