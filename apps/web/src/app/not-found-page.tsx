import { Button, Center, EmptyState } from "@mantine/core";
import { IconMapQuestion } from "@tabler/icons-react";
import { Link } from "react-router";

export function NotFoundPage({ inShell = false }: { inShell?: boolean }) {
  return (
    <Center mih={inShell ? 400 : "100vh"} p="md">
      <EmptyState
        icon={<IconMapQuestion size={28} />}
        withIndicatorBackground
        title="Page not found"
        description="This address doesn't lead anywhere in Backlot. It may have moved, or the link was mistyped."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="default">
            Go to your studio
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
