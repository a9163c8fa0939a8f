import { Group, Text } from "@mantine/core";
import type { ReactNode } from "react";

type Props = { description: ReactNode; actions?: ReactNode };

/**
 * The line above a page's content when the page sits inside an area layout that already shows
 * the title (e.g. the booking tabs): what the page is about on the left, its actions on the right.
 */
export function SectionBar({ description, actions }: Props) {
  return (
    <Group justify="space-between" align="center" gap="sm" mb="md" wrap="wrap">
      <Text fz="sm" c="dimmed">
        {description}
      </Text>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
