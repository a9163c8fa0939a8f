import { Button, Card, Center, EmptyState, Group, Loader, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { useDisclosure, useIntersection } from "@mantine/hooks";
import { IconArchive, IconClipboardSearch, IconLayoutKanban, IconPlus } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { NoAccessState } from "../../../../components/no-access-state";
import { PageHeader } from "../../../../components/page-header";
import { PermissionTooltip } from "../../../authz/components/permission-tooltip";
import { useCurrentOrg } from "../../../organizations/api/current-org";
import { type ProjectFilters as Filters, type ProjectListStatus, projectListStatuses, useHasAnyProject, useProjects } from "../api/projects-api";
import { NewProjectModal } from "./new-project-modal";
import { ProjectCard } from "./project-card";
import { ProjectFilters } from "./project-filters";

function useFiltersInUrl(): [Filters, (next: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get("status") as ProjectListStatus | null;
  const filters: Filters = { q: params.get("q") ?? "", status: status && projectListStatuses.includes(status) ? status : "open" };
  const update = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    const out = new URLSearchParams();
    if (merged.q) out.set("q", merged.q);
    if (merged.status !== "open") out.set("status", merged.status);
    setParams(out, { replace: true });
  };
  return [filters, update];
}

const skeletonIds = ["a", "b", "c", "d", "e", "f"];

function CardsSkeleton() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-busy="true" aria-label="Loading projects">
      {skeletonIds.map((id) => (
        <Card key={id} withBorder radius="md" padding="md" h={176}>
          <Stack gap="sm">
            <Skeleton h={18} w="60%" />
            <Skeleton h={10} w="25%" />
            <Skeleton h={12} w="70%" mt="sm" />
            <Skeleton h={12} w="50%" />
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function ProjectsPage() {
  const { orgId, can } = useCurrentOrg();
  const [filters, setFilters] = useFiltersInUrl();
  const [creating, { open, close }] = useDisclosure(false);
  const [filtersKey, setFiltersKey] = useState(0);
  const canRead = can("tracking.read");
  const canManage = can("project.manage");
  const projects = useProjects(orgId, filters, canRead);
  const { ref: sentinel, entry } = useIntersection({ rootMargin: "300px" });
  const items = projects.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(filters.q || filters.status !== "open");
  const emptyOpenList = canRead && projects.isSuccess && items.length === 0 && !filtered;
  const anyProject = useHasAnyProject(orgId, emptyOpenList);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = projects;
  useEffect(() => {
    if (entry?.isIntersecting && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [entry?.isIntersecting, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const newButton = (
    <PermissionTooltip orgId={orgId} action="project.manage" allowed={canManage}>
      <Button leftSection={<IconPlus size={16} />} onClick={open} disabled={!canManage}>
        New project
      </Button>
    </PermissionTooltip>
  );

  let content: React.ReactNode;
  if (!canRead) content = <NoAccessState description="Projects are visible to studio staff (admins, managers and members)." />;
  else if (projects.isPending) content = <CardsSkeleton />;
  else if (projects.isError) content = <ErrorState error={projects.error} title="Could not load projects" onRetry={() => projects.refetch()} />;
  else if (emptyOpenList && anyProject.isPending) content = <CardsSkeleton />;
  else if (emptyOpenList && anyProject.data)
    content = (
      <EmptyState
        py={56}
        icon={<IconArchive size={28} />}
        withIndicatorBackground
        title="No open projects"
        description="Every project is wrapped or archived. Start a new one, or look through the others."
      >
        <EmptyState.Actions>
          <Button variant="default" onClick={() => setFilters({ status: "all" })}>
            Show all projects
          </Button>
          {newButton}
        </EmptyState.Actions>
      </EmptyState>
    );
  else if (items.length === 0)
    content = filtered ? (
      <EmptyState
        py={56}
        icon={<IconClipboardSearch size={28} />}
        withIndicatorBackground
        title="No projects match these filters"
        description="Try another search or status."
      >
        <EmptyState.Actions>
          <Button
            variant="default"
            onClick={() => {
              setFilters({ q: "", status: "open" });
              setFiltersKey((k) => k + 1);
            }}
          >
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        py={56}
        icon={<IconLayoutKanban size={28} />}
        variant="light"
        title="No projects yet"
        description="Start from a VFX, animation, game, film or series template: it sets up the pipeline steps, statuses and crew roles for you."
        maw={560}
        mx="auto"
      >
        <EmptyState.Actions>{newButton}</EmptyState.Actions>
      </EmptyState>
    );
  else
    content = (
      <>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="project-list">
          {items.map((p) => (
            <ProjectCard key={p.id} orgId={orgId} project={p} />
          ))}
        </SimpleGrid>
        <div ref={sentinel} />
        {hasNextPage && (
          <Center mt="md">
            <Button variant="subtle" loading={isFetchingNextPage} onClick={() => fetchNextPage()}>
              Load more
            </Button>
          </Center>
        )}
      </>
    );

  return (
    <>
      <PageHeader
        title="Projects"
        description="Every show, film and game the studio is tracking: pipeline, crew and progress."
        actions={canRead ? newButton : undefined}
      />
      {canRead && (
        <Group justify="space-between" align="flex-start">
          <ProjectFilters key={filtersKey} filters={filters} onChange={setFilters} />
          {projects.isFetching && !projects.isPending && !isFetchingNextPage && <Loader size="xs" mt={10} />}
        </Group>
      )}
      {content}
      {items.length > 0 && (
        <Text fz="xs" c="dimmed" mt="sm">
          Showing {items.length}
          {hasNextPage ? "+" : ""} {items.length === 1 ? "project" : "projects"}
        </Text>
      )}
      <NewProjectModal orgId={orgId} opened={creating} onClose={close} />
    </>
  );
}
