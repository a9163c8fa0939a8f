import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAlertCircle, IconLock } from "@tabler/icons-react";
import { useState } from "react";

type Props = { wrong: boolean; message: string | null; onSubmit: (password: string) => void };

/** Asks for a review link's password before anything of the playlist is shown. */
export function PublicPasswordGate({ wrong, message, onSubmit }: Props) {
  const [value, setValue] = useState("");
  return (
    <Center py={72}>
      <Paper withBorder radius="md" p="xl" w={400} shadow="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (value) onSubmit(value);
          }}
        >
          <Stack gap="md">
            <ThemeIcon size={44} radius="xl" variant="light">
              <IconLock size={22} />
            </ThemeIcon>
            <Stack gap={4}>
              <Title order={2} fz={20}>
                This review is protected
              </Title>
              <Text fz="sm" c="dimmed">
                Enter the password the studio sent you with the link.
              </Text>
            </Stack>
            {wrong && message && (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                {message}
              </Alert>
            )}
            <PasswordInput label="Password" value={value} onChange={(e) => setValue(e.currentTarget.value)} autoFocus autoComplete="current-password" />
            <Button type="submit" disabled={!value}>
              Open the review
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
