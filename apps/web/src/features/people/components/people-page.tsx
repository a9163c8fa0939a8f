import { Button, Center, EmptyState, Loader, Paper, Text } from "@mantine/core";
import { useDisclosure, useIntersection } from "@mantine/hooks";
import { IconPlus, IconUsers, IconUserSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { NoAccessState } from "../../../components/no-access-state";
import { PageHeader } from "../../../components/page-header";
import { TableSkeleton } from "../../../components/table-skeleton";
import { PermissionTooltip } from "../../authz/components/permission-tooltip";
import { useCurrentOrg } from "../../organizations/api/current-org";
import { type PeopleFilters as Filters, type PersonStatus, useDepartments, usePeople } from "../api/people-api";
import { NewPersonModal } from "./new-person-modal";
import { PeopleFilters } from "./people-filters";
import { PeopleTable } from "./people-table";

const statuses: PersonStatus[] = ["active", "inactive", "archived", "all"];

function useFiltersInUrl(): [Filters, (next: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get("status") as PersonStatus | null;
  const filters: Filters = {
    q: params.get("q") ?? "",
    department: params.get("department"),
    status: status && statuses.includes(status) ? status : "active",
  };
  const update = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    const out = new URLSearchParams();
    if (merged.q) out.set("q", merged.q);
    if (merged.department) out.set("department", merged.department);
    if (merged.status !== "active") out.set("status", merged.status);
    setParams(out, { replace: true });
  };
  return [filters, update];
}

export function PeoplePage() {
  const { orgId, can } = useCurrentOrg();
  const [filters, setFilters] = useFiltersInUrl();
  const [creating, { open, close }] = useDisclosure(false);
  const [filtersKey, setFiltersKey] = useState(0);
  const canRead = can("person.read");
  const people = usePeople(orgId, filters, canRead);
  const departments = useDepartments(orgId, canRead);
  const { ref: sentinel, entry } = useIntersection({ rootMargin: "300px" });
  const items = people.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(filters.q || filters.department || filters.status !== "active");

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = people;
  useEffect(() => {
    if (entry?.isIntersecting && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [entry?.isIntersecting, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const newButton = (
    <PermissionTooltip orgId={orgId} action="person.create" allowed={can("person.create")}>
      <Button leftSection={<IconPlus size={16} />} onClick={open} disabled={!can("person.create")}>
        New person
      </Button>
    </PermissionTooltip>
  );

  let content: React.ReactNode;
  if (!canRead) content = <NoAccessState description="The people directory is visible to studio staff (admins, managers and members)." />;
  else if (people.isPending) content = <TableSkeleton rows={10} columns={5} />;
  else if (people.isError) content = <ErrorState error={people.error} title="Could not load people" onRetry={() => people.refetch()} />;
  else if (items.length === 0)
    content = filtered ? (
      <EmptyState
        py={48}
        icon={<IconUserSearch size={28} />}
        withIndicatorBackground
        title="No one matches these filters"
        description="Try another search, department or status."
      >
        <EmptyState.Actions>
          <Button
            variant="default"
            onClick={() => {
              setFilters({ q: "", department: null, status: "active" });
              setFiltersKey((k) => k + 1);
            }}
          >
            Clear filters
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    ) : (
      <EmptyState
        py={48}
        icon={<IconUsers size={28} />}
        variant="light"
        title="No people yet"
        description="Add the artists, crew, hosts and freelancers your studio works with. They don't need a login."
      >
        <EmptyState.Actions>{newButton}</EmptyState.Actions>
      </EmptyState>
    );
  else
    content = (
      <>
        <PeopleTable orgId={orgId} people={items} />
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
        title="People"
        description="Everyone your studio books and credits: staff, freelancers, crew and talent."
        actions={canRead ? newButton : undefined}
      />
      {canRead && <PeopleFilters key={filtersKey} filters={filters} departments={departments.data ?? []} onChange={setFilters} />}
      <Paper withBorder radius="md" p={items.length ? 0 : "md"} pos="relative">
        {people.isFetching && !people.isPending && !isFetchingNextPage && <Loader size="xs" pos="absolute" top={10} right={10} style={{ zIndex: 3 }} />}
        {content}
      </Paper>
      {items.length > 0 && (
        <Text fz="xs" c="dimmed" mt="xs">
          Showing {items.length}
          {hasNextPage ? "+" : ""} {items.length === 1 ? "person" : "people"}
        </Text>
      )}
      <NewPersonModal orgId={orgId} opened={creating} onClose={close} />
    </>
  );
}
