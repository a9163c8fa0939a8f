import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconMovie } from "@tabler/icons-react";

type Props = { size?: "sm" | "md" | "lg" /** Hide the word "Backlot" on narrow screens. */; compact?: boolean };

export function Logo({ size = "md", compact = false }: Props) {
  const icon = size === "lg" ? 36 : size === "md" ? 28 : 24;
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={icon} radius="md" variant="gradient" gradient={{ from: "indigo.6", to: "violet.5", deg: 135 }}>
        <IconMovie size={icon * 0.6} stroke={2} />
      </ThemeIcon>
      <Text fw={750} fz={size === "lg" ? 24 : size === "md" ? 18 : 16} lts={-0.3} visibleFrom={compact ? "sm" : undefined}>
        Backlot
      </Text>
    </Group>
  );
}
