import type { ReviewLink } from "@backlot/contracts/tracking/review-links";
import { Badge, Button, Skeleton, Table, Text } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import { ErrorState } from "../../../../components/error-state";
import dayjs from "dayjs";
import { useReviewLinks, useRevokeReviewLink } from "../../playlists/api/playlists-api";

function LinkState({ link }: { link: ReviewLink }) {
  if (link.revokedAt)
    return (
      <Badge color="gray" variant="light">
        Revoked
      </Badge>
    );
  if (!link.active)
    return (
      <Badge color="orange" variant="light">
        Expired
      </Badge>
    );
  return (
    <Badge color="green" variant="light">
      Active
    </Badge>
  );
}

/** A playlist's client links: when made, until when, password or not, and revoke. */
export function ReviewLinksTable({ orgId, playlistId }: { orgId: string; playlistId: string }) {
  const links = useReviewLinks(orgId, playlistId);
  const revoke = useRevokeReviewLink(orgId, playlistId);
  if (links.isPending) return <Skeleton h={60} />;
  if (links.isError) return <ErrorState error={links.error} title="Could not load the links" onRetry={() => links.refetch()} />;
  if (links.data.length === 0)
    return (
      <Text fz="sm" c="dimmed">
        No links yet.
      </Text>
    );
  return (
    <Table verticalSpacing={6} data-testid="review-links">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Created</Table.Th>
          <Table.Th>Expires</Table.Th>
          <Table.Th>Password</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {links.data.map((l) => (
          <Table.Tr key={l.id} data-testid="review-link-row">
            <Table.Td style={{ whiteSpace: "nowrap" }}>{dayjs(l.createdAt).format("D MMM, HH:mm")}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{l.expiresAt ? dayjs(l.expiresAt).format("D MMM YYYY, HH:mm") : "Never"}</Table.Td>
            <Table.Td>{l.hasPassword ? <IconLock size={15} aria-label="Has a password" /> : "—"}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <LinkState link={l} />
            </Table.Td>
            <Table.Td ta="right">
              {l.active && (
                <Button
                  size="compact-xs"
                  variant="light"
                  color="red"
                  loading={revoke.isPending && revoke.variables === l.id}
                  onClick={() => revoke.mutate(l.id)}
                >
                  Revoke
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
