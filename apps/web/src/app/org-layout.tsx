import { AppShell, Burger, Button, Center, EmptyState, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBuildingOff } from "@tabler/icons-react";
import { Suspense, useEffect } from "react";
import { Link, Outlet, useParams } from "react-router";
import { ErrorState } from "../components/error-state";
import { Logo } from "../components/logo";
import { rememberOrg } from "../features/auth/api/session-api";
import { InboxBell } from "../features/inbox/components/inbox-bell";
import { useLiveEvents } from "../features/live/api/live-events";
import { ConnectionIndicator } from "../features/live/components/connection-indicator";
import { useOrganization } from "../features/organizations/api/organizations-api";
import { TaskDrawerHost } from "../features/tracking/task-detail/components/task-drawer";
import { isApiError } from "../lib/api-client";
import { ColorSchemeToggle } from "./color-scheme-toggle";
import { NavLinks } from "./nav-links";
import { OrgSwitcher } from "./org-switcher";
import { PageSkeleton } from "./page-skeleton";
import { UserMenu } from "./user-menu";

function LiveStatus({ orgId }: { orgId: string }) {
  const status = useLiveEvents(orgId);
  return <ConnectionIndicator status={status} />;
}

function NoAccess() {
  return (
    <Center py={80}>
      <EmptyState
        icon={<IconBuildingOff size={28} />}
        withIndicatorBackground
        title="You don't have access to this organization"
        description="It may not exist, or your membership was removed. Pick another organization from the switcher."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="default">
            Go to my organizations
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}

/** The signed-in application frame for one organization: header, navigation, live updates. */
export function OrgLayout() {
  const { orgId = "" } = useParams();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const org = useOrganization(orgId);

  useEffect(() => {
    if (org.isSuccess) rememberOrg(orgId);
  }, [org.isSuccess, orgId]);

  let main: React.ReactNode;
  if (org.isPending) main = <PageSkeleton label="Loading organization" />;
  else if (org.isError)
    main =
      isApiError(org.error) && (org.error.status === 404 || org.error.status === 403) ? (
        <NoAccess />
      ) : (
        <ErrorState error={org.error} onRetry={() => org.refetch()} />
      );
  // A page's code loads on its first visit: the skeleton shows on a cold load; on a link,
  // the navigation is a transition, so the page stays until the next one can render.
  else
    main = (
      <Suspense fallback={<PageSkeleton />}>
        <Outlet />
      </Suspense>
    );

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 228, breakpoint: "sm", collapsed: { mobile: !navOpened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={navOpened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Link to="/" style={{ textDecoration: "none", color: "inherit" }} aria-label="Backlot home">
              <Logo size="sm" compact />
            </Link>
            <OrgSwitcher orgId={orgId} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            {org.isSuccess && <LiveStatus orgId={orgId} />}
            {org.isSuccess && <InboxBell orgId={orgId} />}
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <NavLinks orgId={orgId} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1400, margin: "0 auto" }}>{main}</div>
      </AppShell.Main>
      {org.isSuccess && <TaskDrawerHost />}
    </AppShell>
  );
}
