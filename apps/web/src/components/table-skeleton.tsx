import { Group, Skeleton, Stack } from "@mantine/core";

/** Placeholder rows while a table loads. */
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

export function TableSkeleton({ rows = 8, columns = 4 }: { rows?: number; columns?: number }) {
  const columnIds = ids(columns, "c");
  return (
    <Stack gap={10} aria-busy="true" aria-label="Loading">
      <Skeleton h={14} w="40%" />
      {ids(rows, "r").map((row) => (
        <Group key={row} gap="md" wrap="nowrap">
          {columnIds.map((col) => (
            <Skeleton key={col} h={28} style={{ flex: col === "c0" ? 2 : 1 }} />
          ))}
        </Group>
      ))}
    </Stack>
  );
}
