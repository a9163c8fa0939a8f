import { ActionIcon, Autocomplete, Badge, Group, Input, Stack, Text } from "@mantine/core";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useSkills } from "../api/profile-api";
import { LevelPips } from "./level-pips";

type SkillValue = { name: string; level: number };
type Props = {
  orgId: string;
  value: SkillValue[];
  onChange: (next: SkillValue[]) => void;
  error?: string;
  disabled?: boolean;
  label?: string;
  description?: string;
};

/** The person's skills with levels; new names autocomplete from the studio's skill list. */
export function SkillsEditor({ orgId, value, onChange, error, disabled, label = "Skills", description }: Props) {
  const skills = useSkills(orgId, !disabled);
  const [draft, setDraft] = useState("");
  const taken = new Set(value.map((s) => s.name.toLowerCase()));
  const options = (skills.data ?? []).filter((s) => !taken.has(s.name.toLowerCase())).map((s) => s.name);

  const add = (name: string) => {
    const clean = name.trim();
    if (!clean || taken.has(clean.toLowerCase())) return setDraft("");
    // A known skill keeps the studio's spelling.
    const known = skills.data?.find((s) => s.name.toLowerCase() === clean.toLowerCase());
    onChange([...value, { name: known?.name ?? clean, level: 3 }]);
    setDraft("");
  };

  return (
    <Input.Wrapper label={label} description={description ?? "Level 1 = basic, 5 = expert. Availability search and staffing match on these."} error={error}>
      <Stack gap={6} mt={6}>
        {value.length === 0 && (
          <Text fz="sm" c="dimmed">
            No skills yet.
          </Text>
        )}
        {value.map((skill, i) => (
          <Group key={skill.name} justify="space-between" wrap="nowrap" data-testid="skill-row">
            <Badge variant="light" radius="sm" size="lg" tt="none" fw={500}>
              {skill.name}
            </Badge>
            <Group gap="xs" wrap="nowrap">
              <LevelPips
                skill={skill.name}
                value={skill.level}
                onChange={disabled ? undefined : (level) => onChange(value.map((s, j) => (j === i ? { ...s, level } : s)))}
              />
              {!disabled && (
                <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${skill.name}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                  <IconX size={14} />
                </ActionIcon>
              )}
            </Group>
          </Group>
        ))}
        {!disabled && (
          <Group gap="xs" wrap="nowrap">
            <Autocomplete
              aria-label="Add a skill"
              placeholder="Add a skill, e.g. Nuke"
              data={options}
              value={draft}
              onChange={setDraft}
              onOptionSubmit={add}
              limit={12}
              style={{ flex: 1 }}
              onKeyDown={(e) => {
                if (e.key !== "Enter") return;
                // Enter also submits a highlighted option (onOptionSubmit, which empties the box);
                // what is still typed afterwards is a new skill. Never submit the whole form here.
                e.preventDefault();
                const input = e.currentTarget;
                setTimeout(() => input.value.trim() && add(input.value), 0);
              }}
            />
            <ActionIcon variant="default" size="lg" aria-label="Add skill" onClick={() => add(draft)} disabled={!draft.trim()}>
              <IconPlus size={16} />
            </ActionIcon>
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
