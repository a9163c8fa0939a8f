import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconClapperboard } from "@tabler/icons-react";

export function Logo({ size = "md" }: { size?: "sm" | "md" | "lg" }) {
  const icon = size === "lg" ? 36 : size === "md" ? 28 : 24;
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={icon} radius="md" variant="gradient" gradient={{ from: "indigo.6", to: "violet.5", deg: 135 }}>
        <IconClapperboard size={icon * 0.6} stroke={2} />
      </ThemeIcon>
      <Text fw={750} fz={size === "lg" ? 24 : size === "md" ? 18 : 16} lts={-0.3}>
        Backlot
      </Text>
    </Group>
  );
}
