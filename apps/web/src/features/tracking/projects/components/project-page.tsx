import { Anchor, Breadcrumbs, Button, EmptyState, Grid, Group, Skeleton, Stack, Tabs, Text } from "@mantine/core";
import {
  IconAdjustmentsHorizontal,
  IconFileUnknown,
  IconInfoCircle,
  IconLayoutKanban,
  IconPlayerPlay,
  IconTable,
  IconTimelineEvent,
  IconUserSearch,
  IconUsersGroup,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link, Navigate, useNavigate, useParams } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { StaffingTab } from "../../../booking/staffing/components/staffing-tab";
import { HistoryPanel } from "../../../../components/history/history-panel";
import { PageHeader } from "../../../../components/page-header";
import { isApiError } from "../../../../lib/api-client";
import { TimelineTab } from "../../../booking/timeline/components/timeline-tab";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { BoardTab } from "../../board/components/board-tab";
import { PipelineTab } from "../../config/components/pipeline-tab";
import { RecordTabPanels, recordTabMeta } from "../../entities/components/record-tabs";
import { GridTab } from "../../grid/components/grid-tab";
import { DailiesTab } from "../../playlists/components/dailies-tab";
import { TeamTab } from "../../slots/components/team-tab";
import { useProject } from "../api/projects-api";
import { ProjectArchiveButton } from "./project-archive-button";
import { ProjectBadges } from "./project-badges";
import { ProjectEditForm } from "./project-edit-form";
import { fieldLabels } from "./project-fields";
import { ProjectGlance } from "./project-glance";
import { ProjectTabList } from "./project-tab-list";
import { dateRange, kindLabels, statusLabels, templateLabels } from "./project-labels";

/** Everyday views first; setting the project up (pipeline, fields, CSV) sits behind one "Setup" tab. */
const primaryTabs = ["overview", "grid", "board", "gantt", "timeline", "dailies", "entities", "casting", "team", "staffing"] as const;
const setupTabs = ["pipeline", "fields", "csv"] as const;
const tabs = [...primaryTabs, ...setupTabs] as const;
type Tab = (typeof tabs)[number];

const tabMeta: Record<Tab, { label: string; icon: ReactNode }> = {
  overview: { label: "Overview", icon: <IconInfoCircle size={16} /> },
  grid: { label: "Grid", icon: <IconTable size={16} /> },
  board: { label: "Board", icon: <IconLayoutKanban size={16} /> },
  dailies: { label: "Dailies", icon: <IconPlayerPlay size={16} /> },
  team: { label: "Team", icon: <IconUsersGroup size={16} /> },
  timeline: { label: "Timeline", icon: <IconTimelineEvent size={16} /> },
  staffing: { label: "Staffing", icon: <IconUserSearch size={16} /> },
  ...recordTabMeta,
  pipeline: { label: "Pipeline & statuses", icon: <IconAdjustmentsHorizontal size={16} /> },
  fields: { ...recordTabMeta.fields, label: "Custom fields" },
  csv: { ...recordTabMeta.csv, label: "CSV import & export" },
};

/** History labels: the form's labels plus what only the server changes. */
const historyLabels = { ...fieldLabels, archivedAt: "Archived", template: "Template" };
const historyValues = { kind: kindLabels, status: statusLabels, template: templateLabels };

function ProjectSkeleton() {
  return (
    <Stack aria-busy="true" aria-label="Loading project">
      <Skeleton h={14} w={180} />
      <Skeleton h={30} w={320} />
      <Skeleton h={14} w={260} />
      <Skeleton h={36} mt="md" />
      <Grid mt="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Skeleton h={420} radius="md" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton h={420} radius="md" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function ProjectPage() {
  const { projectId = "", tab } = useParams();
  const navigate = useNavigate();
  const { orgId, can } = useCurrentOrg();
  const project = useProject(orgId, projectId);
  const base = `/o/${orgId}/tracking/projects/${projectId}`;
  const crumbs = (
    <Breadcrumbs fz="sm">
      <Anchor component={Link} to={`/o/${orgId}/tracking`} fz="sm">
        Projects
      </Anchor>
      <Text fz="sm" c="dimmed">
        {project.data?.name ?? "…"}
      </Text>
    </Breadcrumbs>
  );

  if (tab !== undefined && !tabs.includes(tab as Tab)) return <Navigate to={base} replace />;
  if (project.isPending) return <ProjectSkeleton />;
  if (project.isError)
    return (
      <Stack>
        {crumbs}
        {isApiError(project.error) && project.error.status === 404 ? (
          <EmptyState
            py={56}
            icon={<IconFileUnknown size={28} />}
            withIndicatorBackground
            title="This project doesn't exist"
            description="It may have been removed, or the link belongs to another organization."
          >
            <EmptyState.Actions>
              <Button component={Link} to={`/o/${orgId}/tracking`} variant="default">
                Back to projects
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        ) : (
          <ErrorState error={project.error} title="Could not load this project" onRetry={() => project.refetch()} />
        )}
      </Stack>
    );

  const p = project.data;
  const current = (tab as Tab | undefined) ?? "overview";
  const canManage = can("project.manage");
  const canReadHistory = can("audit.read");
  const archived = Boolean(p.archivedAt);
  const go = (t: Tab) => navigate(t === "overview" ? base : `${base}/${t}`);
  const description = [p.clientName, dateRange(p.startDate, p.endDate)].filter(Boolean).join(" · ");
  return (
    <>
      <PageHeader
        above={crumbs}
        documentTitle={p.name}
        title={
          <Group gap="sm" wrap="nowrap">
            <span data-testid="project-name">{p.name}</span>
            <Text span c="dimmed" ff="monospace" fz="md" fw={500}>
              {p.code}
            </Text>
            <ProjectBadges project={p} />
          </Group>
        }
        description={description || undefined}
        actions={<ProjectArchiveButton orgId={orgId} project={p} allowed={canManage} />}
      />
      <Tabs value={current} onChange={(t) => t && tabs.includes(t as Tab) && go(t as Tab)} keepMounted={false}>
        <ProjectTabList primary={primaryTabs} setup={setupTabs} meta={tabMeta} current={current} onSelect={go} />
        <Tabs.Panel value="overview">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
              <ProjectEditForm key={p.id} orgId={orgId} project={p} canEdit={canManage} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
              <Stack gap="lg">
                <ProjectGlance orgId={orgId} project={p} />
                <HistoryPanel
                  orgId={orgId}
                  recordType="project"
                  recordId={p.id}
                  canRead={canReadHistory}
                  fieldLabels={historyLabels}
                  valueLabels={historyValues}
                />
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="grid">
          <GridTab project={p} />
        </Tabs.Panel>
        <Tabs.Panel value="board">
          <BoardTab project={p} />
        </Tabs.Panel>
        <Tabs.Panel value="dailies">
          <DailiesTab projectId={p.id} archived={archived} />
        </Tabs.Panel>
        <Tabs.Panel value="pipeline">
          <PipelineTab orgId={orgId} projectId={p.id} canManage={canManage} canReadHistory={canReadHistory} archived={archived} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <TimelineTab orgId={orgId} projectId={p.id} canEdit={canManage && !archived} />
        </Tabs.Panel>
        <Tabs.Panel value="team">
          <TeamTab orgId={orgId} projectId={p.id} canManage={canManage} canReadHistory={canReadHistory} archived={archived} />
        </Tabs.Panel>
        <Tabs.Panel value="staffing">
          <StaffingTab orgId={orgId} projectId={p.id} canManage={can("booking.manage")} archived={archived} />
        </Tabs.Panel>
        <RecordTabPanels orgId={orgId} project={p} can={can} />
      </Tabs>
    </>
  );
}
