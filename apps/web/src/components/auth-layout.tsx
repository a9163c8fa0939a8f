import { Box, Center, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Logo } from "./logo";
import { usePageTitle } from "./use-page-title";
import classes from "./auth-layout.module.css";

type Props = { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode; width?: number };

/** Centered card used by sign-in, sign-up, password reset and invitation pages. */
export function AuthLayout({ title, subtitle, children, footer, width = 420 }: Props) {
  usePageTitle(title);
  return (
    <Box className={classes.page}>
      <Center mih="100vh" p="md">
        <Stack w="100%" maw={width} gap="lg">
          <Center>
            <Logo size="lg" />
          </Center>
          <Paper withBorder shadow="sm" radius="md" p="xl" className={classes.card}>
            <Stack gap={4} mb="lg">
              <Title order={2} fz={22}>
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" fz="sm">
                  {subtitle}
                </Text>
              )}
            </Stack>
            {children}
          </Paper>
          {footer && (
            <Text ta="center" fz="sm" c="dimmed">
              {footer}
            </Text>
          )}
        </Stack>
      </Center>
    </Box>
  );
}
