import { Skeleton, Stack } from "@mantine/core";

/** The task drawer while its code or its task loads. */
export function DrawerSkeleton() {
  return (
    <Stack aria-busy="true" aria-label="Loading task">
      <Skeleton h={14} w={200} />
      <Skeleton h={28} w={320} />
      <Skeleton h={110} mt="sm" />
      <Skeleton h={36} mt="sm" />
      <Skeleton h={240} />
    </Stack>
  );
}
