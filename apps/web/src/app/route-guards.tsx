import { Center, Loader, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { Navigate, useLocation, useSearchParams } from "react-router";
import { ErrorState } from "../components/error-state";
import { lastOrg, safeNext, useMe } from "../features/auth/api/session-api";

export function FullPageLoader() {
  return (
    <Center mih="100vh">
      <Loader type="dots" />
    </Center>
  );
}

function SessionError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Center mih="100vh" p="md">
      <Stack maw={480} w="100%">
        <ErrorState error={error} title="Backlot is not reachable" onRetry={retry} />
      </Stack>
    </Center>
  );
}

/** Renders children only for a signed-in user; otherwise sends them to sign in and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <SessionError error={me.error} retry={() => me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** Sign-in and sign-up are for signed-out visitors; a signed-in one continues to `next`. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const me = useMe();
  const [params] = useSearchParams();
  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to={safeNext(params.get("next"))} replace />;
  return <>{children}</>;
}

/** "/" goes to the organization used last, the first one, or organization creation. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <SessionError error={me.error} retry={() => me.refetch()} />;
  if (!me.data) return <Navigate to="/sign-in" replace />;
  const memberships = me.data.memberships;
  if (memberships.length === 0) return <Navigate to="/welcome" replace />;
  const remembered = lastOrg();
  const target = memberships.find((m) => m.organizationId === remembered) ?? memberships[0];
  return <Navigate to={`/o/${target?.organizationId}/people`} replace />;
}
