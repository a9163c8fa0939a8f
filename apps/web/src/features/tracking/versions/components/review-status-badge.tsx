import type { ReviewStatus } from "@backlot/contracts/tracking/versions";
import { Badge, type BadgeProps } from "@mantine/core";
import { IconCheck, IconClockHour4, IconRotateClockwise } from "@tabler/icons-react";

export const reviewStatusMeta: Record<ReviewStatus, { label: string; color: string; icon: typeof IconCheck }> = {
  pending_review: { label: "Pending review", color: "yellow", icon: IconClockHour4 },
  approved: { label: "Approved", color: "green", icon: IconCheck },
  retake: { label: "Retake", color: "red", icon: IconRotateClockwise },
};

/** A version's review status as a coloured badge with an icon (colour is never the only cue). */
export function ReviewStatusBadge({ status, ...rest }: { status: ReviewStatus } & BadgeProps) {
  const meta = reviewStatusMeta[status];
  return (
    <Badge variant="light" color={meta.color} leftSection={<meta.icon size={11} stroke={2.4} />} data-testid="review-status" {...rest}>
      {meta.label}
    </Badge>
  );
}
