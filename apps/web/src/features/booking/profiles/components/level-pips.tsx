import { Group, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { levelNames } from "./profile-values";

type Props = { skill: string; value: number; onChange?: (level: number) => void; size?: number };

/** A skill level from 1 (basic) to 5 (expert) as five pips; clickable when editable. */
export function LevelPips({ skill, value, onChange, size = 10 }: Props) {
  return (
    <Group gap={3} wrap="nowrap" role={onChange ? "radiogroup" : undefined} aria-label={`${skill} level`}>
      {[1, 2, 3, 4, 5].map((n) => {
        const pip = (
          <span
            style={{
              display: "block",
              width: size * 1.6,
              height: size,
              borderRadius: 3,
              background: n <= value ? "var(--mantine-primary-color-filled)" : "var(--mantine-color-default-border)",
            }}
          />
        );
        if (!onChange) return <span key={n}>{pip}</span>;
        return (
          <Tooltip key={n} label={`${n} · ${levelNames[n]}`} openDelay={300} withArrow>
            <UnstyledButton role="radio" aria-checked={n === value} aria-label={`${skill} level ${n}`} onClick={() => onChange(n)} py={4}>
              {pip}
            </UnstyledButton>
          </Tooltip>
        );
      })}
      {onChange && (
        <Text fz="xs" c="dimmed" w={64} ml={4}>
          {levelNames[value]}
        </Text>
      )}
    </Group>
  );
}
