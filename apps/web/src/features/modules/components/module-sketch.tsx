import { Box, Group, Paper, Text } from "@mantine/core";

/** Deterministic bar layout per row: [start %, width %]. */
const rows: { id: string; bars: [number, number][] }[] = [
  {
    id: "a",
    bars: [
      [2, 22],
      [30, 16],
      [60, 28],
    ],
  },
  {
    id: "b",
    bars: [
      [10, 30],
      [48, 20],
    ],
  },
  {
    id: "c",
    bars: [
      [0, 14],
      [20, 12],
      [40, 34],
    ],
  },
  {
    id: "d",
    bars: [
      [26, 26],
      [70, 22],
    ],
  },
  {
    id: "e",
    bars: [
      [5, 18],
      [36, 40],
    ],
  },
  {
    id: "f",
    bars: [
      [14, 20],
      [52, 14],
      [72, 20],
    ],
  },
];

/** A faint, non-interactive sketch of the planned screen so the empty page isn't blank. */
export function ModuleSketch({ color }: { color: string }) {
  return (
    <Paper withBorder radius="md" p="md" aria-hidden style={{ opacity: 0.75, pointerEvents: "none" }}>
      <Text fz={11} fw={700} tt="uppercase" c="dimmed" lts={0.6} mb="sm">
        Preview
      </Text>
      {rows.map(({ id, bars }) => (
        <Group key={id} gap="sm" wrap="nowrap" py={6} style={{ borderTop: id !== "a" ? "1px solid var(--mantine-color-default-border)" : undefined }}>
          <Box w={120} h={10} bg="var(--mantine-color-default-border)" style={{ borderRadius: 4, flex: "none" }} />
          <Box pos="relative" h={18} style={{ flex: 1 }}>
            {bars.map(([start, width]) => (
              <Box
                key={start}
                pos="absolute"
                top={0}
                h={18}
                left={`${start}%`}
                w={`${width}%`}
                bg={`var(--mantine-color-${color}-${start % 2 ? "light" : "light-hover"})`}
                style={{ borderRadius: 4, borderLeft: `3px solid var(--mantine-color-${color}-filled)` }}
              />
            ))}
          </Box>
        </Group>
      ))}
    </Paper>
  );
}
