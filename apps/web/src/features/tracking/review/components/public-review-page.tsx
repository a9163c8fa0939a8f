import { Box, Center, Container, EmptyState, Group, Loader, Stack, Text } from "@mantine/core";
import { IconLinkOff } from "@tabler/icons-react";
import { useState } from "react";
import { useParams } from "react-router";
import { ErrorState } from "../../../../components/error-state";
import { Logo } from "../../../../components/logo";
import { usePageTitle } from "../../../../components/use-page-title";
import { errorMessage, isApiError } from "../../../../lib/api-client";
import { formatDate, formatDateTime } from "../../../../lib/format";
import { rememberedPassword, usePublicReview } from "../api/public-review-api";
import { PublicPasswordGate } from "./public-password-gate";
import { PublicReviewPlayer } from "./public-review-player";

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <Box mih="100vh" bg="var(--mantine-color-body)">
      <Group px="lg" h={52} justify="space-between" style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}>
        <Group gap="sm">
          <Logo size="sm" compact />
          <Text fz="sm" c="dimmed">
            Client review
          </Text>
        </Group>
      </Group>
      <Container size={1440} py="lg">
        {children}
      </Container>
    </Box>
  );
}

/**
 * The page a client opens from a review link (TRK-7), outside the signed-in app: only that
 * playlist, behind its password when it has one, where the client can leave notes.
 */
export function PublicReviewPage() {
  const { token = "" } = useParams();
  const [password, setPassword] = useState<string | null>(() => rememberedPassword.get(token));
  const review = usePublicReview(token, password);
  usePageTitle(review.data ? `${review.data.playlist.name} · Review` : "Client review");

  if (review.isPending)
    return (
      <Frame>
        <Center py={120}>
          <Loader aria-label="Opening the review" />
        </Center>
      </Frame>
    );
  if (review.isError) {
    const e = review.error;
    if (isApiError(e) && e.status === 401)
      return (
        <Frame>
          <PublicPasswordGate
            wrong={password !== null}
            message={password !== null ? errorMessage(e) : null}
            onSubmit={(p) => {
              rememberedPassword.set(token, p);
              setPassword(p);
            }}
          />
        </Frame>
      );
    if (isApiError(e) && (e.status === 404 || e.status === 400))
      return (
        <Frame>
          <EmptyState
            py={96}
            icon={<IconLinkOff size={30} />}
            withIndicatorBackground
            title="This review link doesn't work"
            description={`${e.status === 404 ? errorMessage(e) : "The link is not complete"}. Ask the studio for a new link.`}
          />
        </Frame>
      );
    return (
      <Frame>
        <ErrorState error={e} title="Could not open this review" onRetry={() => review.refetch()} />
      </Frame>
    );
  }

  const r = review.data;
  return (
    <Frame>
      <Stack gap="md">
        <Stack gap={2}>
          <Text fz="sm" c="dimmed">
            {r.playlist.projectName}
          </Text>
          <Text fz={26} fw={700} lts={-0.4} data-testid="public-playlist-name">
            {r.playlist.name}
          </Text>
          <Text fz="sm" c="dimmed">
            {r.playlist.reviewDate ? `Review ${formatDate(r.playlist.reviewDate)} · ` : ""}
            {r.items.length} {r.items.length === 1 ? "version" : "versions"}
            {r.expiresAt ? ` · link valid until ${formatDateTime(r.expiresAt)}` : ""}
          </Text>
        </Stack>
        {r.items.length === 0 ? (
          <EmptyState py={80} title="Nothing to review yet" description="The studio has not added any versions to this playlist." />
        ) : (
          <PublicReviewPlayer token={token} password={password} review={r} />
        )}
      </Stack>
    </Frame>
  );
}
