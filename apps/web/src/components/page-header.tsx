import { Box, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { usePageTitle } from "./use-page-title";

type Props = {
  title: ReactNode;
  /** Tab title when `title` is not plain text. */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
  above?: ReactNode;
};

export function PageHeader({ title, documentTitle, description, actions, above }: Props) {
  usePageTitle(documentTitle ?? (typeof title === "string" ? title : undefined));
  return (
    <Stack gap={6} mb="lg">
      {above}
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Box miw={0}>
          <Title order={1} fz={24} fw={700} lts={-0.3}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" fz="sm" mt={2}>
              {description}
            </Text>
          )}
        </Box>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
    </Stack>
  );
}
