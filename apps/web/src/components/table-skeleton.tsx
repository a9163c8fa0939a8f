import { Group, Skeleton, Stack } from "@mantine/core";

/** Placeholder rows while a table loads. */
export function TableSkeleton({ rows = 8, columns = 4 }: { rows?: number; columns?: number }) {
  return (
    <Stack gap={10} aria-busy="true" aria-label="Loading">
      <Skeleton h={14} w="40%" />
      {Array.from({ length: rows }, (_, r) => (
        <Group key={r} gap="md" wrap="nowrap">
          {Array.from({ length: columns }, (_, c) => (
            <Skeleton key={c} h={28} style={{ flex: c === 0 ? 2 : 1 }} />
          ))}
        </Group>
      ))}
    </Stack>
  );
}
