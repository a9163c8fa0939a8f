import { Center, EmptyState } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ReactNode } from "react";

/** A permission boundary, shown calmly rather than as an error. */
export function NoAccessState({ description }: { description: ReactNode }) {
  return (
    <Center py="xl">
      <EmptyState icon={<IconLock size={26} />} withIndicatorBackground title="Not available for your role" description={description} maw={520} />
    </Center>
  );
}
