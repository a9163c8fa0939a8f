import { Skeleton, Stack } from "@mantine/core";

/**
 * The main area while a page or its organization loads: a header and a body, as most pages
 * have. Fades in after a short delay so that a page whose code arrives at once does not flash it.
 */
export function PageSkeleton({ label = "Loading page" }: { label?: string }) {
  return (
    <Stack aria-busy="true" aria-label={label} style={{ animation: "backlot-fade-in 0.2s ease-out 0.15s both" }}>
      <Skeleton h={28} w={220} />
      <Skeleton h={16} w={360} />
      <Skeleton h={300} mt="md" />
    </Stack>
  );
}
