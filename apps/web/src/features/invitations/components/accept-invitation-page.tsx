import type { InvitationPreview } from "@backlot/contracts/core/invitations";
import { Alert, Anchor, Badge, Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconInfoCircle } from "@tabler/icons-react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { AuthLayout } from "../../../components/auth-layout";
import { errorMessage, isApiError } from "../../../lib/api-client";
import { capitalize, formatDate } from "../../../lib/format";
import { useMe, useSignOut } from "../../auth/api/session-api";
import { useAcceptInvitation, useInvitationPreview } from "../api/invitations-api";

const closedReasons: Record<Exclude<InvitationPreview["status"], "pending">, string> = {
  accepted: "This invitation has already been accepted.",
  revoked: "This invitation was revoked. Ask the person who invited you for a new one.",
  expired: "This invitation has expired. Ask the person who invited you to resend it.",
};

function InvalidLink({ message }: { message: string }) {
  return (
    <AuthLayout
      title="Invitation not available"
      footer={
        <Anchor component={Link} to="/" fz="sm">
          Go to Backlot
        </Anchor>
      }
    >
      <Alert color="orange" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
        {message}
      </Alert>
    </AuthLayout>
  );
}

/** The page an invitation link opens: preview, sign in or up if needed, then accept. */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get("token");
  const location = useLocation();
  const navigate = useNavigate();
  const preview = useInvitationPreview(token);
  const me = useMe();
  const accept = useAcceptInvitation();
  const signOut = useSignOut();

  if (!token) return <InvalidLink message="This invitation link is incomplete. Open the full link from the email." />;
  if (preview.isError) {
    const gone = isApiError(preview.error) && (preview.error.status === 404 || preview.error.code === "invitation_invalid");
    return (
      <InvalidLink
        message={
          gone
            ? "This invitation link is not valid. It may have been revoked, accepted already, or replaced by a newer link; ask the person who invited you to send it again."
            : errorMessage(preview.error)
        }
      />
    );
  }
  if (preview.isPending || me.isPending)
    return (
      <AuthLayout title="Loading invitation…">
        <Stack>
          <Skeleton h={16} />
          <Skeleton h={16} w="70%" />
          <Skeleton h={36} mt="md" />
        </Stack>
      </AuthLayout>
    );

  const inv = preview.data;
  if (inv.status !== "pending") return <InvalidLink message={closedReasons[inv.status]} />;

  const here = location.pathname + location.search;
  const next = encodeURIComponent(here);
  const email = encodeURIComponent(inv.email);
  const user = me.data?.user;
  const summary = (
    <Stack gap={6} mb="md">
      <Text fz="sm">
        You've been invited to join <b>{inv.organizationName}</b> as{" "}
        <Badge variant="light" radius="sm" size="sm">
          {capitalize(inv.role)}
        </Badge>
      </Text>
      <Text fz="xs" c="dimmed">
        Sent to {inv.email} · valid until {formatDate(inv.expiresAt)}
      </Text>
    </Stack>
  );

  if (!user)
    return (
      <AuthLayout title={`Join ${inv.organizationName}`}>
        {summary}
        <Stack gap="sm">
          <Button component={Link} to={`/sign-up?next=${next}&email=${email}`} fullWidth>
            Create an account to accept
          </Button>
          <Button component={Link} to={`/sign-in?next=${next}&email=${email}`} variant="default" fullWidth>
            I already have an account
          </Button>
        </Stack>
      </AuthLayout>
    );

  const otherEmail = user.email.toLowerCase() !== inv.email.toLowerCase();
  return (
    <AuthLayout title={`Join ${inv.organizationName}`}>
      {summary}
      <Stack gap="sm">
        {otherEmail && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
            You're signed in as {user.email}, but the invitation was sent to {inv.email}.
          </Alert>
        )}
        {accept.error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {errorMessage(accept.error)}
          </Alert>
        )}
        <Button
          fullWidth
          loading={accept.isPending}
          onClick={() =>
            accept.mutate(token, {
              onSuccess: ({ organizationId }) => navigate(`/o/${organizationId}/people`, { replace: true }),
            })
          }
        >
          Accept invitation
        </Button>
        <Group justify="center" gap={4}>
          <Text fz="xs" c="dimmed">
            Not {user.name}?
          </Text>
          <Anchor
            component="button"
            type="button"
            fz="xs"
            onClick={async () => {
              await signOut();
              navigate(`/sign-in?next=${next}&email=${email}`);
            }}
          >
            Sign in as someone else
          </Anchor>
        </Group>
      </Stack>
    </AuthLayout>
  );
}
